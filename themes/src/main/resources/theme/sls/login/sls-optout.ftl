<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "sls-notices.ftl" as notices>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-optout.ftl -->
    <#if section="header">
        ${msg("slsOptOutBoxTitle")}
    <#elseif section="form">
        <#if slsOptOut.view() == "not-allowed">
            <@notices.warning id="sls-settings-notice"><#if slsOptOut.holders()?has_content>${msg("slsSettingsNotAllowed", slsOptOut.holders()?join(", "))}<#else>${msg("slsSettingsNotAllowedNobody")}</#if></@notices.warning>
            <form id="sls-optout-cancel-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <button id="sls-cancel" type="submit" name="cancel-aia" value="true"
                        class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("doCancel")}</button>
            </form>
        <#elseif slsOptOut.view() == "done">
            <@notices.info id="sls-optout-updated">${msg("slsOptOutUpdated")}</@notices.info>
            <form id="sls-optout-done-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <@buttons.actionGroup>
                    <@buttons.button id="sls-optout-ok" name="sls-optout-step" label="slsOptOutOk" value="ok"/>
                </@buttons.actionGroup>
            </form>
        <#else>
            <form id="sls-optout-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <fieldset class="sls-devices">
                    <legend class="sls-devices-legend">${msg("slsOptOutInstruction")}</legend>
                    <div class="sls-device">
                        <input type="radio" id="sls-optout-always" name="sls-optout-choice" value="always"<#if !slsOptOut.optedOut()> checked</#if>/>
                        <label for="sls-optout-always" class="sls-device-label"><span class="sls-device-name">${msg("slsOptOutAlways")}</span></label>
                    </div>
                    <#if slsOptOut.offered()>
                        <div class="sls-device">
                            <input type="radio" id="sls-optout-not-required" name="sls-optout-choice" value="not-required"<#if slsOptOut.optedOut()> checked</#if>/>
                            <label for="sls-optout-not-required" class="sls-device-label"><span class="sls-device-name">${msg("slsOptOutNotRequired")}</span></label>
                        </div>
                    </#if>
                </fieldset>
                <#if slsOptOut.offered() && !slsOptOut.optedOut()>
                    <@notices.warning id="sls-optout-restrictions">${msg("slsOptOutRestrictions")}</@notices.warning>
                    <div class="sls-optout-accept">
                        <input type="checkbox" id="sls-optout-accept" name="sls-optout-accept" value="true"/>
                        <label for="sls-optout-accept">${msg("slsOptOutAccept")}</label>
                    </div>
                </#if>
                <@buttons.actionGroup>
                    <@buttons.button id="sls-optout-continue" name="sls-optout-step" label="slsOptOutContinue" value="continue"/>
                </@buttons.actionGroup>
                <button id="sls-cancel" type="submit" name="cancel-aia" value="true"
                        class="${properties.kcButtonLinkClass!}">${msg("doCancel")}</button>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
