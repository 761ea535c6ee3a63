<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<#import "sls-notices.ftl" as notices>
<#-- Device sharing (seeds: "How to Share a Security Device") and the login with a shared device; slsShare.step() says which page. -->
<#macro challengeFields challenge>
    <p id="sls-share-challenge" class="sls-indexes">
        ${msg(challenge.promptKey())}
        <#list challenge.shown() as shown><strong class="sls-index sls-share-shown">${shown}</strong><#sep> </#list>
    </p>
    <#list challenge.fields() as input>
        <@field.input name=input.name() label=msg(input.labelKey(), input.labelArgument()) autocomplete="off"
                      autofocus=(input?is_first) />
    </#list>
</#macro>
<#macro cancelAia>
    <#if isAppInitiatedAction??>
        <button id="sls-cancel" type="submit" name="cancel-aia" value="true"
                class="${properties.kcButtonLinkClass!}">${msg("doCancel")}</button>
    </#if>
</#macro>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-share-device.ftl -->
    <#if section="header">
        <#if slsShare.step() == "login" || slsShare.step() == "unavailable" || slsShare.step() == "ended">
            ${msg("slsSharedDeviceLoginTitle")}
        <#else>
            ${msg("slsShareTitle")}
        </#if>
    <#elseif section="form">
        <#if slsShare.step() == "owner">
            <p id="sls-share-instruction">${msg("slsShareOwnerInstruction")}</p>
            <p id="sls-share-ib-key-note" class="sls-note">${msg("slsShareIbKeyNote")}</p>
            <form id="sls-share-owner-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="sls-step" value="owner"/>
                <@field.input name="sls-owner-username" label=msg("slsShareOwnerUsername") autocomplete="off" autofocus=true/>
                <@field.password name="sls-owner-password" label=msg("slsShareOwnerPassword") autocomplete="off"/>
                <@buttons.actionGroup>
                    <@buttons.button id="sls-continue" label="slsChooserContinue"/>
                </@buttons.actionGroup>
                <@cancelAia/>
            </form>
        <#elseif slsShare.step() == "challenge">
            <p id="sls-share-instruction">${msg("slsShareChallengeInstruction", msg(slsShare.deviceName()), slsShare.ownerMasked())}</p>
            <form id="sls-share-response-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="sls-step" value="response"/>
                <@challengeFields challenge=slsShare.challenge()/>
                <@buttons.actionGroup>
                    <@buttons.button id="sls-continue" label="slsChooserContinue"/>
                </@buttons.actionGroup>
                <@cancelAia/>
            </form>
        <#elseif slsShare.step() == "review">
            <p id="sls-share-review">${msg("slsShareReview", msg(slsShare.deviceName()), slsShare.ownerMasked())}</p>
            <@notices.info id="sls-share-suspend-note">${msg("slsShareSuspendNote")}</@notices.info>
            <form id="sls-share-review-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="sls-step" value="confirm"/>
                <@buttons.actionGroup>
                    <@buttons.button id="sls-continue" label="slsChooserContinue"/>
                </@buttons.actionGroup>
                <@cancelAia/>
            </form>
        <#elseif slsShare.step() == "status">
            <p id="sls-share-status" data-state="${slsShare.state()}">${msg("slsShareStatus-" + slsShare.state(), msg(slsShare.deviceName()))}</p>
            <form id="sls-share-status-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="sls-step" value="done"/>
                <@buttons.actionGroup>
                    <@buttons.button id="sls-ok" label="slsIbKeyResponseSubmit"/>
                </@buttons.actionGroup>
            </form>
        <#elseif slsShare.step() == "cancel">
            <p id="sls-share-status" data-state="${slsShare.state()}">${msg("slsShareStatus-" + slsShare.state(), msg(slsShare.deviceName()))}</p>
            <p id="sls-share-cancel-note">${msg("slsShareCancelNote")}</p>
            <form id="sls-share-cancel-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="sls-step" value="cancel-share"/>
                <@buttons.actionGroup>
                    <@buttons.button id="sls-cancel-share" label="slsShareCancel"/>
                </@buttons.actionGroup>
                <@cancelAia/>
            </form>
        <#elseif slsShare.step() == "login">
            <p id="sls-share-instruction">${msg("slsSharedDeviceLoginInstruction", msg(slsShare.deviceName()), slsShare.ownerMasked())}</p>
            <form id="sls-shared-device-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                  onsubmit="login.disabled = true; return true;">
                <@challengeFields challenge=slsShare.challenge()/>
                <@buttons.loginButton />
            </form>
        <#elseif slsShare.step() == "unavailable">
            <p id="sls-shared-device-unavailable">${msg("slsSharedDeviceUnavailableHelp")}</p>
            <form id="sls-shared-end-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="sls-action" value="end-share"/>
                <@buttons.actionGroup>
                    <@buttons.button id="sls-cancel-share" label="slsShareCancel"/>
                </@buttons.actionGroup>
            </form>
        <#elseif slsShare.step() == "ended">
            <p id="sls-share-status" data-state="cancelled">${msg("slsShareStatus-cancelled", msg(slsShare.deviceName()))}</p>
            <@buttons.actionGroup>
                <@buttons.buttonLink id="sls-login-again" href=url.loginRestartFlowUrl label="slsShareLoginAgain"/>
            </@buttons.actionGroup>
        </#if>
    </#if>
</@layout.registrationLayout>
