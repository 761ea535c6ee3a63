<#import "template.ftl" as layout>
<#import "sls-device-switch.ftl" as deviceSwitch>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<#import "sls-dscplus-card.ftl" as dsc>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-dscplus-login.ftl -->
    <#if section="header">
        ${msg("slsDscPlusLoginTitle")}
    <#elseif section="form">
        <#if slsDscPlus.blocked>
            <p id="sls-dscplus-blocked">${msg("slsDscPlusBlockedHelp")}</p>
        <#else>
            <@dsc.steps card=slsDscPlus />
            <form id="sls-dscplus-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                  onsubmit="login.disabled = true; return true;">
                <@field.input name="sls-response" label=msg("slsDscPlusResponseLabel", slsDscPlus.responseDigits?c)
                              autocomplete="one-time-code" autofocus=true/>
                <@dsc.numeric field="sls-response" digits=slsDscPlus.responseDigits />
                <@buttons.loginButton />
            </form>
        </#if>
        <@deviceSwitch.useAnotherDevice/>
    </#if>
</@layout.registrationLayout>
