<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<#import "sls-dscplus-card.ftl" as dsc>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-dscplus-activate.ftl -->
    <#if section="header">
        ${msg("slsDscPlusActivateTitle")}
    <#elseif section="form">
        <p id="sls-dscplus-activate-instruction">${msg(slsDscPlus.pinInComputation?then("slsDscPlusActivateInstructionPin", "slsDscPlusActivateInstruction"))}</p>
        <form id="sls-dscplus-activate-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <input type="hidden" name="sls-step" value="prove"/>
            <#if slsDscPlus.pinInComputation>
                <@field.password name="sls-pin" label=msg("slsDscPlusPinLabel") autocomplete="new-password" autofocus=true/>
                <@field.password name="sls-pin-confirm" label=msg("slsDscPlusPinConfirmLabel") autocomplete="new-password"/>
                <@dsc.numeric field="sls-pin" digits=4 />
                <@dsc.numeric field="sls-pin-confirm" digits=4 />
            </#if>
            <@dsc.steps card=slsDscPlus />
            <@field.input name="sls-response" label=msg("slsDscPlusResponseLabel", slsDscPlus.responseDigits?c)
                          autocomplete="one-time-code" autofocus=!slsDscPlus.pinInComputation/>
            <@dsc.numeric field="sls-response" digits=slsDscPlus.responseDigits />
            <@buttons.actionGroup>
                <@buttons.button id="sls-activate" name="sls-continue" label="slsDscPlusActivate" value="prove"/>
            </@buttons.actionGroup>
        </form>
        <form id="sls-dscplus-restart-form" class="sls-options" action="${url.loginAction}" method="post">
            <input type="hidden" name="sls-step" value="restart"/>
            <button id="sls-other-card" type="submit" class="${properties.kcButtonLinkClass!}">${msg("slsDscPlusOtherCard")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
