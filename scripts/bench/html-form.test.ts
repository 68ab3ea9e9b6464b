import { describe, expect, it } from "vitest";
import { decodeEntities, findForms, formActionId, serializeForm, userFields } from "./html-form.ts";

// Markup as React 19 renders a useActionState form (see the organizer's session form).
const PAGE = `<html><body><form role="search" action="/x"><input name="q" value="outside"/></form>
<form noValidate="" action="" encType="multipart/form-data" method="POST">
<input type="hidden" name="$ACTION_REF_2"/>
<input type="hidden" name="$ACTION_2:0" value="{&quot;id&quot;:&quot;60e9b1&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
<input type="hidden" name="$ACTION_2:1" value="[null]"/>
<input type="hidden" name="version" value="3"/>
<select id="a" name="type" class="x"><option value="PLENARY">Plenary</option><option value="BREAK" selected="">Break</option></select>
<select name="language"><option value="en">English</option><option value="zh">中文</option></select>
<select name="tags[]" multiple=""><option value="a" selected="">A</option><option value="b">B</option><option value="c" selected="">C</option></select>
<select name="plain"><option>Text &amp; value</option></select>
<input type="text" id="t" lang="en" class="c" name="title.en" value="Tom &amp; Jerry &quot;live&quot; &#x27;22 &#26085;"/>
<input type="checkbox" name="relay[]" checked="" value="tokyo"/>
<input type="checkbox" name="relay[]" value="osaka"/>
<input type="checkbox" name="flag" checked=""/>
<input type="radio" name="r" value="1"/><input type="radio" name="r" value="2" checked=""/>
<input type="text" name="off" value="x" disabled=""/>
<input type="submit" name="go" value="Save"/>
<input type="file" name="upload"/>
<input name="untyped"/>
<datalist id="cur"><option value="CNY"></option></datalist>
<textarea rows="4" name="abstract.en">
First line &lt;b&gt;
second</textarea>
<button type="submit">Save</button>
</form></body></html>`;

describe("serializeForm", () => {
  const forms = findForms(PAGE);
  const pairs = serializeForm(forms[1]);

  it("finds every form in order", () => {
    expect(forms).toHaveLength(2);
    expect(serializeForm(forms[0])).toEqual([["q", "outside"]]);
  });

  it("submits what a browser would, in document order", () => {
    expect(userFields(pairs)).toEqual([
      ["version", "3"],
      ["type", "BREAK"],
      ["language", "en"], // no selected option: the first one
      ["tags[]", "a"],
      ["tags[]", "c"],
      ["plain", "Text & value"], // no value attribute: the option's text
      ["title.en", `Tom & Jerry "live" '22 日`],
      ["relay[]", "tokyo"],
      ["flag", "on"],
      ["r", "2"],
      ["untyped", ""],
      ["abstract.en", "First line <b>\nsecond"],
    ]);
  });

  it("reads the action id from a useActionState reference or a plain $ACTION_ID_ field", () => {
    expect(formActionId(pairs)).toBe("60e9b1");
    expect(
      formActionId([
        ["$ACTION_ID_40abc", ""],
        ["x", "1"],
      ]),
    ).toBe("40abc");
    expect(formActionId([["$ACTION_1:0", "not json"]])).toBeNull();
    expect(formActionId([["title", "x"]])).toBeNull();
  });
});

describe("decodeEntities", () => {
  it("decodes named, decimal and hex references and leaves unknown ones", () => {
    expect(decodeEntities("&lt;a&gt; &amp;&amp; &#20013;&#x6587; &nope; &#xFFFFFFF;")).toBe("<a> && 中文 &nope; &#xFFFFFFF;");
  });
});
