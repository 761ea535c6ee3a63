<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "sls-notices.ftl" as notices>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: sls-device-needed.ftl -->
    <#if section="header">
        ${msg("slsDeviceNeededTitle")}
    <#elseif section="form">
        <@notices.warning id="sls-device-needed-reason">${slsDeviceNeeded.reason}</@notices.warning>
        <p id="sls-device-needed-intro">${msg(slsDeviceNeeded.introKey, slsDeviceNeeded.application, slsDeviceNeeded.level?c)}</p>
        <#if slsDeviceNeeded.devices?has_content>
            <p id="sls-device-needed-which" class="sls-devices-legend">${msg("slsDeviceNeededWhich")}</p>
            <ul id="sls-device-needed-list" class="sls-needed-list">
                <#list slsDeviceNeeded.devices as device>
                    <li class="sls-needed-device">
                        <span class="sls-device-name">${device.name}</span>
                        <span class="sls-device-level">${msg("slsChooserLevel", device.level)}</span>
                        <span class="sls-hint">${device.how}</span>
                    </li>
                </#list>
            </ul>
        </#if>
        <p id="sls-device-needed-account">
            <a id="sls-device-needed-account-link" href="${slsDeviceNeeded.accountUrl}">${msg("slsDeviceNeededAccount")}</a>
        </p>
        <form id="sls-device-needed-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <input type="hidden" name="sls-action" value="cancel"/>
            <@buttons.actionGroup>
                <@buttons.button id="sls-device-needed-back" name="sls-back" type="secondary" label="slsDeviceNeededBack" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
