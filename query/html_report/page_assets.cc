#include "query/html_report/page_assets.h"

namespace stancekb {

const char kReportStyle[] = R"css(
*{box-sizing:border-box}
body{margin:0;color:#222;background:#fff;font:14px/1.45 "DejaVu Sans",Arial,Helvetica,sans-serif}
main{max-width:1100px;margin:0 auto;padding:12px 24px 96px}
h1{font-size:22px;margin:8px 0 2px}
h2{font-size:19px;margin:28px 0 4px;padding-top:10px;border-top:2px solid #333}
h2 code{font-size:13px;color:#666;font-weight:normal;margin-left:8px}
h3{font-size:15px;margin:18px 0 4px}
.filters,.summary,.note{color:#555;margin:2px 0}
nav a{margin-right:12px}
.scroll{overflow-x:auto}
svg text{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:11px}
.stripe{fill:#f5f5f5}
.grid{stroke:#e0e0e0}
.tick{fill:#666}
.rowlabel{text-anchor:end;fill:#222}
.rowlabel .count{fill:#888}
.mark{stroke:#fff;stroke-width:.6;cursor:pointer}
.support{fill:#0072b2}.oppose{fill:#d55e00}.neutral{fill:#8c8c8c}
.mixedday{fill:#cc79a7;opacity:.45}
.change{fill:#222}
.mark.hl{stroke:#000;stroke-width:2;r:6px}
.edge{fill:none;cursor:pointer}
.edge.congruence{stroke:#009e73;opacity:.85}
.edge.conflict{stroke:#d55e00;stroke-dasharray:7 4;opacity:.9}
.edge.hl{opacity:1;filter:drop-shadow(0 0 2px #000)}
.nlabel{fill:#222}
.polarization .line{fill:none;stroke:#6a3d9a;stroke-width:2}
.polarization .point{fill:#6a3d9a}
.ylabel{text-anchor:end;fill:#666}
.legend{margin:4px 0;color:#444;font-size:13px}
.sw{display:inline-block;width:11px;height:11px;border-radius:50%;margin:0 5px 0 14px;vertical-align:-1px}
.sw.first{margin-left:0}
.sw.mixedday{border-radius:2px;background:#cc79a7;opacity:.6}
.sw.line{border-radius:0;height:3px;width:22px;vertical-align:3px}
.sw.change{border-radius:0;width:0;height:0;border:6px solid transparent;border-top:7px solid #222;vertical-align:-4px}
.netwrap{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}
.blocs{flex:1;min-width:260px;font-size:13px}
.blocs ul{list-style:none;padding:0;margin:4px 0}
.blocs li{margin:4px 0}
table{border-collapse:collapse;width:100%;font-size:13px;margin-top:4px}
th,td{border-bottom:1px solid #e4e4e4;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#fafafa;font-weight:600}
tr[data-ids]{cursor:pointer}
tr[data-ids]:hover{background:#f1f6fb}
tr.hl{background:#fff6d6}
.stance{font-weight:600}
span.support{color:#0072b2}span.oppose{color:#d55e00}span.neutral{color:#6f6f6f}span.mixed{color:#a0467f}
.ev{margin:2px 0}.ev q{font-style:italic}.ev .src{color:#777}
a.ref{font-family:"DejaVu Sans Mono",monospace;font-size:12px}
.more{color:#555;font-style:italic}
#tip{position:fixed;pointer-events:none;max-width:440px;background:#fff;border:1px solid #aaa;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.18);padding:6px 9px;font-size:13px;z-index:10}
#details{position:fixed;right:16px;bottom:16px;width:440px;max-height:55vh;overflow:auto;background:#fff;border:1px solid #777;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.25);padding:10px 14px;z-index:11}
#details .close{float:right;border:none;background:none;font-size:18px;cursor:pointer}
.who{font-weight:600}.quote{margin:4px 0;font-style:italic}.meta,.cmd{color:#555}.cmd{font-family:"DejaVu Sans Mono",monospace;font-size:12px}
[hidden]{display:none!important}
)css";

const char kReportScript[] = R"js(
(function () {
  'use strict';
  var tip = document.getElementById('tip');
  var details = document.getElementById('details');
  var detailsBody = details.querySelector('.body');

  function markOf(node) { return node && node.closest ? node.closest('circle.mark') : null; }
  function idOf(mark) { return mark.id.slice(1); }
  function actorOf(mark) { return mark.dataset.a || mark.parentNode.dataset.a || ''; }
  function stanceOf(mark) { return mark.classList[1]; }
  function topicOf(mark) { return mark.closest('section.topic').dataset.topic; }
  function line(parent, cls, text) {
    var el = document.createElement('div');
    el.className = cls;
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  // Evidence of a mark, as text only: quotes are never parsed as markup.
  function describe(mark, into, full) {
    into.textContent = '';
    line(into, 'who', actorOf(mark) + ' \u00b7 ' + stanceOf(mark) + ' \u00b7 ' + topicOf(mark));
    line(into, 'quote', '\u201c' + mark.dataset.q + '\u201d');
    line(into, 'meta', mark.dataset.d + ' \u00b7 ' + mark.dataset.s + ' \u00b7 assertion ' + idOf(mark));
    if (!full) return;
    if (mark.dataset.u) {
      var link = document.createElement('a');
      link.href = mark.dataset.u;
      link.textContent = mark.dataset.u;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      into.appendChild(link);
    }
    line(into, 'cmd', 'stancekb show ' + idOf(mark));
  }

  function highlight(ids) {
    document.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
    var first = null;
    ids.forEach(function (id) {
      var mark = document.getElementById('m' + id);
      if (!mark) return;
      mark.classList.add('hl');
      if (!first) first = mark;
    });
    return first;
  }

  function show(mark) {
    describe(mark, detailsBody, true);
    details.hidden = false;
    highlight([idOf(mark)]);
  }

  document.addEventListener('mouseover', function (e) {
    var mark = markOf(e.target);
    tip.hidden = !mark;
    if (mark) describe(mark, tip, false);
  });
  document.addEventListener('mousemove', function (e) {
    if (tip.hidden) return;
    var x = e.clientX + 14, y = e.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth) x = e.clientX - tip.offsetWidth - 14;
    if (y + tip.offsetHeight > window.innerHeight) y = e.clientY - tip.offsetHeight - 14;
    tip.style.left = Math.max(0, x) + 'px';
    tip.style.top = Math.max(0, y) + 'px';
  });
  document.addEventListener('click', function (e) {
    if (e.target.closest('#details .close')) {
      details.hidden = true;
      highlight([]);
      return;
    }
    var mark = markOf(e.target);
    if (mark) {
      show(mark);
      return;
    }
    var ref = e.target.closest('a.ref');
    if (ref) {
      var target = document.getElementById(ref.hash.slice(1));
      if (!target) return;
      e.preventDefault();
      show(target);
      target.scrollIntoView({block: 'center'});
      return;
    }
    var linked = e.target.closest('[data-ids]');
    if (linked) {
      highlight(linked.dataset.ids.split(' '));
      linked.classList.add('hl');
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') details.hidden = true;
  });
  document.body.classList.add('js');
})();
)js";

}  // namespace stancekb
