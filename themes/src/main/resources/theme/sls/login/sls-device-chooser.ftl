<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-device-chooser.ftl -->
    <#if section="header">
        ${msg("slsChooserTitle")}
    <#elseif section="form">
        <form id="sls-chooser-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <fieldset class="sls-devices">
                <legend id="sls-chooser-instruction" class="sls-devices-legend">${msg("slsChooserInstruction")}</legend>
                <#-- every device reaches level 1: the hint says something only above it -->
                <#if slsChooser.neededLevel gt 1>
                    <p id="sls-chooser-needed" class="sls-hint">${msg("slsChooserNeededLevel", slsChooser.neededLevel?c)}</p>
                </#if>
                <#list slsChooser.rows as row>
                    <div class="sls-device<#if !row.selectable> sls-device-unavailable</#if>" id="sls-device-row-${row?index}"
                         data-sls-type="${row.type}">
                        <input type="radio" id="sls-device-${row?index}" name="authenticationExecution"
                               value="${row.executionId}"<#if row.selected> checked</#if><#if !row.selectable> disabled</#if>
                               <#if row.reason??>aria-describedby="sls-device-reason-${row?index}"</#if>/>
                        <label for="sls-device-${row?index}" class="sls-device-label">
                            <span class="sls-device-name">${row.name}</span>
                            <#if row.detail?has_content><span class="sls-device-detail">${row.detail}</span></#if>
                            <#if row.level?has_content><span class="sls-device-level">${msg("slsChooserLevel", row.level)}</span></#if>
                        </label>
                        <#if row.reason??>
                            <span class="sls-device-reason" id="sls-device-reason-${row?index}">${row.reason}</span>
                        </#if>
                    </div>
                </#list>
            </fieldset>
            <@buttons.actionGroup>
                <@buttons.button id="sls-chooser-continue" name="sls-choose" label="slsChooserContinue" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
