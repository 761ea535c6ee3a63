<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "sls-code-card-fields.ftl" as slsFields>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-code-card-activate.ftl -->
    <#if section="header">
        ${msg("slsCodeCardActivateTitle")}
    <#elseif section="form">
        <p id="sls-code-card-instruction">${msg("slsCodeCardActivateInstruction")}</p>
        <p id="sls-code-card-indexes" class="sls-indexes">
            ${msg("slsCodeCardIndexNumbers")}
            <#list slsCodeCard.indexes as index><strong class="sls-index">${index?c}</strong><#sep> </#list>
        </p>
        <form id="sls-code-card-activate-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@slsFields.codes card=slsCodeCard />
            <@buttons.actionGroup>
                <@buttons.button id="sls-activate" name="sls-step" label="slsCodeCardActivate" value="activate"/>
            </@buttons.actionGroup>
        </form>
        <form id="sls-code-card-new-form" class="sls-options" action="${url.loginAction}" method="post">
            <input type="hidden" name="sls-step" value="new-card"/>
            <button id="sls-new-card" type="submit" class="${properties.kcButtonLinkClass!}">${msg("slsCodeCardNewCard")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
