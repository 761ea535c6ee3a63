<#-- "Use another device": back to "Select Second Factor Device" (Keycloak's own switch to the chooser's step), shown
     when the person has several devices, so the chooser is among the steps this login may switch to. It replaces
     Keycloak's "Try another way" link on the SLS device screens (hidden by sls.css next to it). -->
<#macro useAnotherDevice>
    <#if auth?has_content>
        <#list auth.authenticationSelections as selection>
            <#if selection.authenticationExecution.authenticator == "sls-device-chooser">
                <form id="sls-use-another-device-form" class="sls-device-switch" action="${url.loginAction}" method="post">
                    <input type="hidden" name="authenticationExecution" value="${selection.authExecId}"/>
                    <button id="sls-use-another-device" type="submit"
                            class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcMarginTopClass!}">
                        ${msg("slsUseAnotherDevice")}
                    </button>
                </form>
                <#break>
            </#if>
        </#list>
    </#if>
</#macro>
