<#import "template.ftl" as layout>
<#import "sls-device-switch.ftl" as deviceSwitch>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<#import "sls-notices.ftl" as notices>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-ibkey-response.ftl -->
    <#if section="header">
        ${msg("slsIbKeyResponseTitle")}
    <#elseif section="form">
        <p id="sls-response-instruction">${msg(slsUsesPin?then("slsIbKeyResponseInstructionPin", "slsIbKeyResponseInstruction"))}</p>
        <p class="sls-challenge-label">${msg("slsIbKeyChallengeLabel")}</p>
        <p id="sls-challenge" class="sls-number">${slsChallenge}</p>
        <@notices.referenceApp/>
        <form id="sls-response-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
              onsubmit="login.disabled = true; return true;">
            <input type="hidden" name="sls-action" value="respond"/>
            <@field.input name="sls-response" label=msg("slsIbKeyResponseLabel") autocomplete="one-time-code"
                          autofocus=true/>
            <#-- the seeds' "Enter the Response String ... Then click OK"; id and name stay Keycloak's login button's -->
            <@buttons.actionGroup>
                <@buttons.button id="kc-login" name="login" label="slsIbKeyResponseSubmit"/>
            </@buttons.actionGroup>
        </form>
        <form id="sls-response-options" class="${properties.kcFormClass!} sls-options" action="${url.loginAction}" method="post">
            <button id="sls-push-again" type="submit" name="sls-action" value="push"
                    class="${properties.kcButtonLinkClass!}">${msg("slsIbKeySendNotification")}</button>
        </form>
        <@deviceSwitch.useAnotherDevice/>
        <#-- the seeds' words for a person who cannot recover the app by themselves (F6) -->
        <p id="sls-recovery-help">${msg("slsRecoveryContactClientServices")}</p>
    </#if>
</@layout.registrationLayout>
