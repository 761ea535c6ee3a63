<#-- Keycloak's "Try another way" list, as the SLS screens word it: the chooser's step first ("all my devices"),
     then the device steps by their names. Written for the sls theme; each entry posts Keycloak's own switch. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayInfo=false; section>
<!-- template: select-authenticator.ftl -->
    <#if section = "header">
        ${msg("slsChooserTitle")}
    <#elseif section = "form">
        <ul id="sls-select-authenticator" class="sls-select-list" role="list">
            <#list auth.authenticationSelections?filter(s -> s.authenticationExecution.authenticator == "sls-device-chooser")
                    + auth.authenticationSelections?filter(s -> s.authenticationExecution.authenticator != "sls-device-chooser") as selection>
                <li>
                    <form class="sls-select-entry" action="${url.loginAction}" method="post">
                        <input type="hidden" name="authenticationExecution" value="${selection.authExecId}"/>
                        <button type="submit" id="sls-select-${selection?index}" class="sls-select-button">
                            <#if selection.authenticationExecution.authenticator == "sls-device-chooser">
                                <span class="sls-select-name">${msg("slsSelectAllDevices")}</span>
                                <span class="sls-hint">${msg("slsSelectAllDevicesHelp")}</span>
                            <#else>
                                <span class="sls-select-name">${msg(selection.displayName)}</span>
                                <span class="sls-hint">${msg(selection.helpText)}</span>
                            </#if>
                        </button>
                    </form>
                </li>
            </#list>
        </ul>
    </#if>
</@layout.registrationLayout>
