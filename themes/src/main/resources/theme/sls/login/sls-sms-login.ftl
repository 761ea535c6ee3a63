<#import "template.ftl" as layout>
<#import "sls-device-switch.ftl" as deviceSwitch>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<#import "sls-notices.ftl" as notices>
<#import "sls-phone-help.ftl" as phoneHelp>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-sms-login.ftl -->
    <#if section="header">
        ${msg("slsSmsLoginTitle")}
    <#elseif section="form">
        <#if slsSms.hasNumber>
            <#if slsSms.notice??>
                <@notices.info id="sls-sms-sent">${msg(slsSms.notice, slsSms.number)}</@notices.info>
            </#if>
            <#if slsSms.waitUrl??>
                <@phoneHelp.sendStatus waitUrl=slsSms.waitUrl expiresIn=slsSms.expiresIn noticeId="sls-sms-sent"
                    sentText=msg(slsSms.sentNotice, slsSms.number)/>
            </#if>
            <#if slsSms.codeSent>
                <p id="sls-sms-instruction">${msg("slsSmsLoginInstructionFor", slsSms.number, slsSms.lifetime)}</p>
                <form id="sls-sms-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                      onsubmit="login.disabled = true; return true;">
                    <input type="hidden" name="sls-action" value="verify"/>
                    <@field.input name="sls-code" label=msg("slsSmsCodeLabel") autocomplete="one-time-code" autofocus=true/>
                    <@buttons.loginButton />
                </form>
            </#if>
            <@phoneHelp.help open=!slsSms.codeSent/>
        <#else>
            <p id="sls-sms-no-number">${msg("slsSmsNoNumberInstruction")}</p>
        </#if>
        <@deviceSwitch.useAnotherDevice/>
    </#if>
</@layout.registrationLayout>
