<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "sls-notices.ftl" as notices>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sls-code-card-issue.ftl -->
    <#if section="header">
        ${msg("slsCodeCardIssueTitle")}
    <#elseif section="form">
        <@notices.warning id="sls-code-card-instruction">${msg("slsCodeCardIssueInstruction")}</@notices.warning>
        <section id="sls-code-card-sheet" class="sls-card" aria-label="${msg("sls-code-card-display-name")}">
            <header class="sls-card-header">
                <span class="sls-card-title">${msg("sls-code-card-display-name")}</span>
                <span class="sls-card-owner">${msg("slsCodeCardIssuedTo", slsCodeCardSheet.owner)}</span>
            </header>
            <table class="sls-card-grid">
                <caption class="sls-visually-hidden">${msg("slsCodeCardGridCaption")}</caption>
                <tbody>
                <#list slsCodeCardSheet.rows as row>
                    <tr>
                    <#list row as cell>
                        <td class="sls-cell" data-index="${cell.index?c}">
                            <span class="sls-cell-index">${cell.index?c}</span>
                            <span class="sls-cell-code">${cell.code}</span>
                        </td>
                    </#list>
                    </tr>
                </#list>
                </tbody>
            </table>
        </section>
        <form id="sls-code-card-printed-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <button id="sls-print" type="button" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
                        onclick="window.print()">${msg("slsCodeCardPrint")}</button>
                <@buttons.button id="sls-printed" name="sls-step" label="slsCodeCardPrinted" value="printed"/>
            </@buttons.actionGroup>
            <#if isAppInitiatedAction??>
                <button id="sls-cancel" type="submit" name="cancel-aia" value="true"
                        class="${properties.kcButtonLinkClass!}">${msg("doCancel")}</button>
            </#if>
        </form>
        <#if !isAppInitiatedAction??>
            <form id="sls-share-instead-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <button id="sls-share-instead" type="submit" name="sls-step" value="share"
                        class="${properties.kcButtonLinkClass!}">${msg("slsShareEnrolOption")}</button>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
