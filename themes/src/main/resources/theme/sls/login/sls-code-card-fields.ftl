<#-- One input per asked index number; shared by login and activation. -->
<#import "field.ftl" as field>
<#macro codes card>
    <#list card.indexes as index>
        <@field.input name="code-${index?c}" label=msg("slsCodeCardIndexLabel", index?c)
            autocomplete="off" fieldName="code-${index?c}" autofocus=(index?is_first) />
    </#list>
    <script>
        <#outputformat "JavaScript">
        document.querySelectorAll("input[name^='code-']").forEach(function (input) {
            input.setAttribute("inputmode", "numeric");
            input.setAttribute("maxlength", ${card.codeLength?c} + 2);
            input.setAttribute("spellcheck", "false");
        });
        </#outputformat>
    </script>
</#macro>
