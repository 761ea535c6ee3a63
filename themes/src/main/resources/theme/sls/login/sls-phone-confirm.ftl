<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<#import "sls-notices.ftl" as notices>
<#import "sls-phone-help.ftl" as phoneHelp>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-phone-confirm.ftl -->
    <#if section="header">
        ${msg("slsPhoneConfirmTitle")}
    <#elseif section="form">
        <#if slsPhone.notice??>
            <@notices.info id="sls-phone-notice">${msg(slsPhone.notice, slsPhone.noticeArgument)}</@notices.info>
        </#if>
        <#if slsPhone.waitUrl??>
            <@phoneHelp.sendStatus waitUrl=slsPhone.waitUrl expiresIn=slsPhone.expiresIn noticeId="sls-phone-notice"
                sentText=msg(slsPhone.sentNotice, slsPhone.noticeArgument)/>
        </#if>
        <p id="sls-phone-confirm-instruction">${msg("slsPhoneConfirmInstructionFor", slsPhone.pendingNumber!"", slsPhone.lifetime)}</p>
        <form id="sls-phone-confirm-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
              onsubmit="this.querySelector('#sls-confirm').disabled = true; return true;">
            <input type="hidden" name="sls-action" value="confirm"/>
            <@field.input name="sls-code" label=msg("slsPhoneCodeLabel") autocomplete="one-time-code" autofocus=true/>
            <@buttons.actionGroup>
                <@buttons.button id="sls-confirm" name="sls-confirm" label="slsPhoneConfirm"/>
            </@buttons.actionGroup>
        </form>
        <@phoneHelp.help/>
        <form id="sls-phone-back-form" class="${properties.kcFormClass!} sls-options" action="${url.loginAction}" method="post">
            <button id="sls-back" type="submit" name="sls-action" value="back"
                    class="${properties.kcButtonLinkClass!}">${msg("slsPhoneOtherNumber")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
