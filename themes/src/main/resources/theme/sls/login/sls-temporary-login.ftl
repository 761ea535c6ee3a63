<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<#import "sls-notices.ftl" as notices>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-temporary-login.ftl -->
    <#if section="header">
        ${msg(slsTemporary.grid?then("slsTemporaryGridTitle", "slsTemporaryCodeTitle"))}
    <#elseif section="form">
        <@notices.warning id="sls-temporary-validity">
            ${msg("slsTemporaryValidUntilAbout", slsTemporary.validUntilText, slsTemporary.timeLeftText)}
        </@notices.warning>
        <p id="sls-temporary-permanent">${msg("slsTemporaryActivatePermanent")}
            <a id="sls-temporary-account" href="${slsTemporary.accountUrl}">${msg("slsTemporaryAccountLink")}</a></p>
        <#if slsTemporary.grid>
            <p id="sls-temporary-instruction">${msg("slsTemporaryGridInstruction")}</p>
            <p id="sls-code-card-indexes" class="sls-indexes">
                ${msg("slsTemporaryIndexNumbers")}
                <#list slsTemporary.indexes as index><strong class="sls-index">${index?c}</strong><#sep> </#list>
            </p>
        <#else>
            <p id="sls-temporary-instruction">${msg("slsTemporaryCodeInstruction")}</p>
        </#if>
        <form id="sls-temporary-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
              onsubmit="login.disabled = true; return true;">
            <#if slsTemporary.grid>
                <#list slsTemporary.indexes as index>
                    <@field.input name="code-${index?c}" label=msg("slsTemporaryIndexLabel", index?c)
                        autocomplete="off" fieldName="code-${index?c}" autofocus=(index?is_first) />
                </#list>
            <#else>
                <@field.input name="sls-temporary-code" label=msg("slsTemporaryCodeLabel") autocomplete="one-time-code"
                              autofocus=true/>
            </#if>
            <@buttons.loginButton />
        </form>
    </#if>
</@layout.registrationLayout>
