<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "sls-notices.ftl" as notices>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-ibkey-activate.ftl -->
    <#if section="header">
        ${msg("slsIbKeyActivateTitle")}
    <#elseif section="form">
        <ol id="sls-activate-steps" class="sls-steps">
            <li>${msg("slsIbKeyActivateStepOpen")}</li>
            <li>${msg("slsIbKeyActivateStepScan")}</li>
            <li>${msg("slsIbKeyActivateStepPin")}</li>
        </ol>
        <figure class="sls-qr">
            <img id="sls-qr" src="${slsQr}" width="264" height="264" alt="${msg("slsIbKeyQrAlt")}"/>
            <figcaption>
                <span class="sls-code-label">${msg("slsIbKeyActivationCodeLabel")}</span>
                <strong id="sls-activation-code" class="sls-activation-code">${slsActivationCode}</strong>
                <span id="sls-activation-target" class="sls-activation-target">${msg("slsIbKeyActivationTarget", slsServerUrl, slsRealmName)}</span>
            </figcaption>
        </figure>
        <@notices.referenceApp/>
        <p id="sls-waiting" class="sls-waiting">${msg("slsIbKeyWaiting")}</p>
        <p id="sls-validity" class="sls-waiting">${msg("slsIbKeyActivationValidFor")} <span id="sls-countdown" class="sls-countdown"></span></p>
        <form id="sls-activate-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
              data-sls-wait-url="${slsWaitUrl}" data-sls-expires-in="${slsExpiresIn?c}">
            <input type="hidden" name="sls-step" value="check"/>
            <noscript>
                <@buttons.actionGroup>
                    <@buttons.button id="sls-check" name="sls-step" label="slsIbKeyContinue" value="check"/>
                </@buttons.actionGroup>
            </noscript>
        </form>
        <form id="sls-activate-options" class="${properties.kcFormClass!} sls-options" action="${url.loginAction}" method="post">
            <button id="sls-new-code" type="submit" name="sls-step" value="new-code"
                    class="${properties.kcButtonLinkClass!}">${msg("slsIbKeyNewCode")}</button>
            <#if isAppInitiatedAction??>
                <button id="sls-cancel" type="submit" name="cancel-aia" value="true"
                        class="${properties.kcButtonLinkClass!}">${msg("doCancel")}</button>
            </#if>
        </form>
        <script src="${url.resourcesPath}/js/sls-wait.js" defer></script>
    </#if>
</@layout.registrationLayout>
