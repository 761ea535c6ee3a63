<#import "template.ftl" as layout>
<#import "sls-notices.ftl" as notices>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: sls-withdrawal-refused.ftl -->
    <#if section="header">
        ${msg("slsWithdrawalTitle")}
    <#elseif section="form">
        <#if slsWithdrawal.amount??>
            <p id="sls-withdrawal-amount" class="sls-amount">${msg("slsWithdrawalAmount", slsWithdrawal.amount)}</p>
        </#if>
        <#if slsWithdrawal.payee??>
            <p id="sls-withdrawal-payee">${msg("slsWithdrawalPayee", slsWithdrawal.payee)}</p>
        </#if>
        <@notices.warning id="sls-withdrawal-refused">
            <#if slsWithdrawal.aboutCurrency>
                ${msg(slsWithdrawal.reasonKey, slsWithdrawal.currency!"")}
            <#else>
                ${msg(slsWithdrawal.reasonKey, msg(slsWithdrawal.deviceKey), slsWithdrawal.limit!"")}
            </#if>
        </@notices.warning>
        <#if slsWithdrawal.neededKey??>
            <p id="sls-withdrawal-needed">${msg(slsWithdrawal.neededKey, msg(slsWithdrawal.neededDeviceKey!""), slsWithdrawal.limit!"")}</p>
        </#if>
        <form id="sls-withdrawal-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormButtonsClass!}">
                <button id="sls-withdrawal-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
                        type="submit" name="sls-withdrawal" value="cancel">${msg("slsWithdrawalCancel")}</button>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
