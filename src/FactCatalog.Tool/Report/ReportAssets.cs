using System;
using System.Security.Cryptography;
using System.Text;

namespace FactCatalog.Tool.Report;

/// <summary>
/// The report's inline style and script, and their hashes for the page's Content-Security-Policy. Colours keep a
/// contrast of at least 4.5:1 for text (WCAG AA), and marks differ by more than colour (underline, strike-through, dotted
/// border) for readers who do not see it; print drops the tooltip and the skip links and keeps the marks' colours.
/// </summary>
internal static class ReportAssets
{
    /// <summary>The page's style sheet (LF line endings whatever the checkout's, so the page is the same everywhere).</summary>
    public static readonly string Style = StyleSource.ReplaceLineEndings("\n");

    private const string StyleSource =
        """
        :root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--link:#0b4fa8;--q:#ffe28a;--qline:#7a5a00;--dep:#e3e3e3;--u:#fde3e7;--uline:#a1122e;--focus:#0b4fa8}
        body{margin:0 auto;max-width:72rem;padding:0 1rem 3rem;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
        a{color:var(--link)}
        .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.4rem .8rem;border:2px solid var(--focus);z-index:10}
        .skip:focus{left:1rem}
        h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}
        .id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;color:var(--muted)}
        .meta,.legend{color:var(--muted)}
        .wide{overflow-x:auto}
        table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:left;vertical-align:top}
        thead th{background:#f0f0f0}tfoot th,tfoot td{font-weight:bold}td.n{text-align:right;white-space:nowrap}
        .doc{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #ccc;padding:.8rem 1rem;background:#fcfcfc;font-size:.98rem}
        mark.q{background:var(--q);color:#000;border-bottom:2px solid var(--qline);cursor:help}
        mark.q mark.q{background:#ffc94d}
        mark.dep,.legend mark.dep{background:var(--dep);text-decoration:line-through;text-decoration-color:#333}
        mark.q:focus{outline:3px solid var(--focus);outline-offset:1px}
        .u{background:var(--u);border-bottom:2px dotted var(--uline)}
        .u-att{border-bottom-style:dashed}
        .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .claims li,.uncovered li{margin:.3rem 0}
        .claims li:target,.doc mark:target{outline:3px solid var(--focus)}
        del{text-decoration:line-through}
        section.source{content-visibility:auto;contain-intrinsic-size:auto 3000px}
        .conflict{content-visibility:auto;contain-intrinsic-size:auto 9rem}
        .rank{color:var(--muted);font-style:italic}
        .missing{color:var(--uline);font-weight:bold}
        .st{font-size:.8rem;padding:0 .3rem;border:1px solid currentColor;border-radius:3px;white-space:nowrap}
        .st-Disputed{color:#a1122e}.st-Resolved{color:#0b6b2e}.st-Consistent{color:#1b1b1b}.st-Unsupported{color:#6a4c00}
        .side{display:flex;flex-wrap:wrap;gap:.6rem;list-style:none;padding:0}
        .card{flex:1 1 14rem;border:1px solid #bbb;border-radius:4px;padding:.5rem .7rem;background:#fff}
        .card.dep{background:#f3f3f3}
        #tip{position:absolute;z-index:5;max-width:28rem;background:#fff;border:1px solid #555;border-radius:4px;padding:.5rem .7rem;box-shadow:0 2px 8px rgba(0,0,0,.25);font-size:.9rem}
        #tip a{pointer-events:none;color:var(--ink);text-decoration:none}
        @media print{
        .skip,#tip{display:none!important}
        body{max-width:none;font-size:11pt}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .doc{border:0;padding:0;background:none}
        section.source,.conflict{content-visibility:visible}
        section.source{break-before:page}
        .conflict,.card,tr{break-inside:avoid}
        a{color:inherit;text-decoration:none}
        }
        """;

    /// <summary>
    /// Shows a claim's list entry in the tooltip when a mark is hovered or focused (one listener per event for the whole
    /// page), below the mark or above it when there is no room below; hides it on Escape or when the pointer or focus
    /// leaves, and follows the mark to its entry on Enter.
    /// </summary>
    public static readonly string Script = ScriptSource.ReplaceLineEndings("\n");

    private const string ScriptSource =
        """
        (function(){
        var tip=document.getElementById('tip');
        function entry(t){var m=t&&t.closest?t.closest('mark[data-c]'):null;return m?[m,document.getElementById('c-'+m.getAttribute('data-c'))]:null;}
        function show(p){var m=p[0],c=p[1];if(!c){return;}tip.innerHTML=c.innerHTML;tip.hidden=false;
        var r=m.getBoundingClientRect(),h=tip.offsetHeight,view=document.documentElement;
        var top=window.scrollY+(r.bottom+h+6>view.clientHeight&&r.top>h+6?r.top-h-6:r.bottom+6);
        var left=Math.max(8,Math.min(window.scrollX+r.left,window.scrollX+view.clientWidth-tip.offsetWidth-8));
        tip.style.top=top+'px';tip.style.left=left+'px';}
        function hide(){tip.hidden=true;}
        document.addEventListener('mouseover',function(e){var p=entry(e.target);if(p){show(p);}else if(!tip.contains(e.target)){hide();}});
        document.addEventListener('focusin',function(e){var p=entry(e.target);if(p){show(p);}else{hide();}});
        document.addEventListener('keydown',function(e){if(e.key==='Escape'){hide();}else if(e.key==='Enter'){var p=entry(e.target);if(p&&p[1]){hide();location.hash='c-'+p[0].getAttribute('data-c');}}});
        })();
        """;

    /// <summary>The CSP source of <see cref="Style"/>: 'sha256-…'.</summary>
    public static readonly string StyleHash = Hash(Style);

    /// <summary>The CSP source of <see cref="Script"/>: 'sha256-…'.</summary>
    public static readonly string ScriptHash = Hash(Script);

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
