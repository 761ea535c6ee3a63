<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<#import "sls-notices.ftl" as notices>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-phone-numbers.ftl -->
    <#if section="header">
        ${msg("slsPhoneNumbersTitle")}
    <#elseif section="form">
        <#if slsPhone.notice??>
            <@notices.info id="sls-phone-notice">${msg(slsPhone.notice, slsPhone.noticeArgument)}</@notices.info>
        </#if>
        <p id="sls-phone-instruction">${msg("slsPhoneNumbersInstruction")}</p>
        <#if slsPhone.numbers?has_content>
            <ul id="sls-phone-list" class="sls-phone-list">
                <#list slsPhone.numbers as n>
                    <li class="sls-phone-row" data-index="${n.index?c}">
                        <span class="sls-phone-number">${n.masked}</span>
                        <span class="sls-phone-state">
                            <#if n.verified>${msg("slsPhoneVerified")}<#else>${msg("slsPhoneNotVerified")}</#if><#if n.default> · ${msg("slsPhoneDefault")}</#if>
                        </span>
                        <form class="sls-phone-row-actions" action="${url.loginAction}" method="post">
                            <input type="hidden" name="sls-target" value="${n.index?c}"/>
                            <#if !n.verified>
                                <button id="sls-verify-${n.index?c}" type="submit" name="sls-action" value="verify" class="${properties.kcButtonLinkClass!}">${msg("slsPhoneVerify")}</button>
                            </#if>
                            <#if n.verified && !n.default>
                                <button id="sls-default-${n.index?c}" type="submit" name="sls-action" value="default" class="${properties.kcButtonLinkClass!}">${msg("slsPhoneMakeDefault")}</button>
                            </#if>
                            <button id="sls-remove-${n.index?c}" type="submit" name="sls-action" value="remove" class="${properties.kcButtonLinkClass!}">${msg("slsPhoneRemove")}</button>
                        </form>
                    </li>
                </#list>
            </ul>
        </#if>
        <form id="sls-phone-add-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <p class="sls-phone-add-title">${msg("slsPhoneAddTitle")}</p>
            <@field.group name="sls-country" label=msg("slsPhoneCountry")>
                <span class="${properties.kcInputClass!}">
                    <select id="sls-country" name="sls-country">
                        <#list slsPhone.countries as c>
                            <option value="${c.region}"<#if c.selected> selected</#if>>${c.label}</option>
                        </#list>
                    </select>
                </span>
            </@field.group>
            <@field.input name="sls-number" label=msg("slsPhoneNumberLabel") autocomplete="tel-national"
                          value=slsPhone.typedNumber autofocus=!slsPhone.numbers?has_content/>
            <p class="sls-hint">${msg("slsPhoneAddHint")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="sls-add" name="sls-action" label="slsPhoneSendCode" value="add"/>
            </@buttons.actionGroup>
        </form>
        <form id="sls-phone-done-form" class="${properties.kcFormClass!} sls-options" action="${url.loginAction}" method="post">
            <#if slsPhone.offerSmsDevice>
                <button id="sls-enrol" type="submit" name="sls-action" value="enrol"
                        class="${properties.kcButtonLinkClass!}">${msg("slsPhoneUseSms")}</button>
            </#if>
            <#if slsPhone.canFinish>
                <@buttons.actionGroup>
                    <@buttons.button id="sls-done" name="sls-action" label="slsPhoneDone" value="done" type="secondary"/>
                </@buttons.actionGroup>
            </#if>
            <#if isAppInitiatedAction??>
                <button id="sls-cancel" type="submit" name="cancel-aia" value="true"
                        class="${properties.kcButtonLinkClass!}">${msg("doCancel")}</button>
            </#if>
        </form>
    </#if>
</@layout.registrationLayout>
