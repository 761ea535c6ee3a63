<#import "template.ftl" as layout>
<#import "sls-device-switch.ftl" as deviceSwitch>
<#import "buttons.ftl" as buttons>
<#import "sls-code-card-fields.ftl" as slsFields>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-code-card-login.ftl -->
    <#if section="header">
        ${msg("slsCodeCardLoginTitle")}
    <#elseif section="form">
        <p id="sls-code-card-instruction">${msg("slsCodeCardLoginInstruction")}</p>
        <p id="sls-code-card-indexes" class="sls-indexes">
            ${msg("slsCodeCardIndexNumbers")}
            <#list slsCodeCard.indexes as index><strong class="sls-index">${index?c}</strong><#sep> </#list>
        </p>
        <form id="sls-code-card-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
              onsubmit="login.disabled = true; return true;">
            <@slsFields.codes card=slsCodeCard />
            <@buttons.loginButton />
        </form>
        <@deviceSwitch.useAnotherDevice/>
    </#if>
</@layout.registrationLayout>
