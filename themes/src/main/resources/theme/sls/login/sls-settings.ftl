<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "sls-notices.ftl" as notices>
<#-- A capability's box: its template reads its model as "section", as the SettingsSection contract says. -->
<#macro slsSection template section><#include template></#macro>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-settings.ftl -->
    <#if section="header">
        ${msg("slsSettingsTitle")}
    <#elseif section="form">
        <#if slsSettingsOutcome??>
            <#assign outcomeText><#if slsSettingsOutcome.argumentKey()??>${msg(slsSettingsOutcome.messageKey(), msg(slsSettingsOutcome.argumentKey()))}<#else>${msg(slsSettingsOutcome.messageKey())}</#if></#assign>
            <#if slsSettingsOutcome.kind().name() == "DONE">
                <@notices.info id="sls-settings-outcome">${outcomeText}</@notices.info>
            <#else>
                <@notices.warning id="sls-settings-outcome">${outcomeText}</@notices.warning>
            </#if>
        </#if>
        <#if slsSettingsConfirm??>
            <section id="sls-settings-confirm" class="sls-settings-box sls-settings-confirm" role="alertdialog" aria-labelledby="sls-settings-confirm-text">
                <p id="sls-settings-confirm-text">${msg(slsSettingsConfirm.messageKey())}</p>
                <div class="sls-settings-actions">
                    <button id="sls-settings-confirm-yes" form="sls-settings-form" type="submit" name="sls-settings" value="${slsSettingsConfirm.value()}"
                            class="${properties.kcButtonPrimaryClass!}">${msg("slsSettingsConfirmYes")}</button>
                    <button id="sls-settings-confirm-no" form="sls-settings-form" type="submit" name="sls-settings" value="back"
                            class="${properties.kcButtonSecondaryClass!}">${msg("doBack")}</button>
                </div>
            </section>
        </#if>
        <#if slsSettings.notice()>
            <@notices.warning id="sls-settings-notice"><#if slsSettings.holders()?has_content>${msg("slsSettingsNotAllowed", slsSettings.holders()?join(", "))}<#else>${msg("slsSettingsNotAllowedNobody")}</#if></@notices.warning>
        </#if>
        <section id="sls-settings-devices" class="sls-settings-box" aria-labelledby="sls-settings-devices-title">
            <h2 id="sls-settings-devices-title" class="sls-settings-box-title">${msg("slsSettingsDevicesTitle")}</h2>
            <#if slsSettings.devices()?has_content>
                <ul class="sls-settings-devices">
                <#list slsSettings.devices() as device>
                    <li class="sls-settings-device" data-sls-type="${device.type()}" data-sls-state="${device.state()}">
                        <span class="sls-device-name">${msg(device.nameKey())}</span>
                        <#if device.detail()?has_content><span class="sls-device-detail">${device.detail()}</span></#if>
                        <#if device.level()??><span class="sls-device-level">${msg("slsChooserLevel", device.level()?c)}</span></#if>
                        <span class="sls-settings-state sls-settings-state-${device.state()}">${msg(device.stateKey())}</span>
                    </li>
                </#list>
                </ul>
            <#else>
                <p id="sls-settings-no-device">${msg("slsSettingsNoDevice")}</p>
            </#if>
        </section>
        <#list slsSettings.sections() as box>
            <@slsSection template=box.template() section=box.model()/>
        </#list>
        <form id="sls-settings-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <@buttons.button id="sls-settings-done" name="sls-settings" label="slsSettingsDone" value="done"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
