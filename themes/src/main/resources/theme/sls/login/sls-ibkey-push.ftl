<#import "template.ftl" as layout>
<#import "sls-device-switch.ftl" as deviceSwitch>
<#import "buttons.ftl" as buttons>
<#import "sls-notices.ftl" as notices>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-ibkey-push.ftl -->
    <#if section="header">
        ${msg("slsIbKeyPushTitle")}
    <#elseif section="form">
        <#if slsPushState == "waiting">
            <@notices.info id="sls-push-sent">${msg(slsPushNotice)}</@notices.info>
            <#if slsCode??>
                <p id="sls-code-instruction">${msg("slsIbKeyCodeInstruction")}</p>
                <p id="sls-code" class="sls-number" aria-live="polite">${slsCode}</p>
            <#elseif slsNumber??>
                <p id="sls-number-instruction">${msg("slsIbKeyNumberInstruction")}</p>
                <p id="sls-number" class="sls-number" aria-live="polite">${slsNumber?c}</p>
            </#if>
            <#if slsAmount??>
                <p id="sls-amount">${msg("slsIbKeyAmount", slsAmount)}</p>
            </#if>
            <#if slsPayee??>
                <p id="sls-payee">${msg("slsIbKeyPayee", slsPayee)}</p>
            </#if>
            <p id="sls-waiting" class="sls-waiting">${msg("slsIbKeyWaiting")} <span id="sls-countdown" class="sls-countdown"></span></p>
            <@notices.referenceApp/>
            <form id="sls-push-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                  data-sls-wait-url="${slsWaitUrl}" data-sls-expires-in="${slsExpiresIn?c}">
                <input type="hidden" name="sls-action" value="check"/>
                <noscript>
                    <@buttons.actionGroup>
                        <@buttons.button id="sls-check" name="sls-action" label="slsIbKeyContinue" value="check"/>
                    </@buttons.actionGroup>
                </noscript>
            </form>
            <script src="${url.resourcesPath}/js/sls-wait.js" defer></script>
        <#else>
            <p id="sls-push-${slsPushState}">${msg("slsIbKeyTryAgainInstruction")}</p>
        </#if>
        <form id="sls-push-options" class="${properties.kcFormClass!} sls-options" action="${url.loginAction}" method="post">
            <#if slsPushState != "waiting">
                <@buttons.actionGroup>
                    <@buttons.button id="sls-resend" name="sls-action" label="slsIbKeyResend" value="resend"/>
                </@buttons.actionGroup>
            </#if>
            <button id="sls-offline" type="submit" name="sls-action" value="offline"
                    class="${properties.kcButtonLinkClass!}">${msg("slsIbKeyNoNotification")}</button>
        </form>
        <@deviceSwitch.useAnotherDevice/>
        <#-- the seeds' words for a person who cannot recover the app by themselves (F6) -->
        <p id="sls-recovery-help">${msg("slsRecoveryContactClientServices")}</p>
    </#if>
</@layout.registrationLayout>
