<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-dscplus-serial.ftl -->
    <#if section="header">
        ${msg("slsDscPlusActivateTitle")}
    <#elseif section="form">
        <p id="sls-dscplus-serial-instruction">${msg("slsDscPlusSerialInstruction")}</p>
        <form id="sls-dscplus-serial-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <input type="hidden" name="sls-step" value="serial"/>
            <@field.input name="sls-serial" label=msg("slsDscPlusSerialLabel") autocomplete="off" autofocus=true/>
            <@buttons.actionGroup>
                <@buttons.button id="sls-serial-continue" name="sls-continue" label="slsDscPlusContinue" value="serial"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
