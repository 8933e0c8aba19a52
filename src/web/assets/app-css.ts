export const appCss = String.raw`
:root {
  --bg: #f5f6f8; --card: #fff; --text: #1d2330; --muted: #5d6675; --line: #dde1e7;
  --accent: #1f5fbf; --accent-dark: #184c99; --danger: #b42318; --danger-bg: #fdecea;
  --warn: #8a4b00; --warn-bg: #fff3df; --info: #1f4f8a; --info-bg: #e8f0fb; --ok: #116b3a; --ok-bg: #e6f4ea;
  --radius: 8px;
  font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", Meiryo, system-ui, sans-serif;
  font-size: 15px; line-height: 1.55; color: var(--text); background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 10; }
.top { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 20px; padding: 10px 20px; background: #16243b; color: #fff; }
.top a { color: #fff; text-decoration: none; }
.brand { font-weight: 700; letter-spacing: .02em; }
.nav { display: flex; gap: 4px; flex: 1; }
.nav { flex-wrap: wrap; }
.nav a { padding: 6px 10px; border-radius: 6px; color: #d6def0; white-space: nowrap; }
.nav a[aria-current="page"], .nav a:hover { background: rgba(255,255,255,.14); color: #fff; }
.user { display: flex; align-items: center; gap: 10px; color: #d6def0; font-size: 14px; }
.lang { font-size: 13px; border: 1px solid rgba(255,255,255,.4); border-radius: 999px; padding: 2px 10px; }
main { max-width: 1200px; margin: 0 auto; padding: 20px; }
h1 { font-size: 22px; margin: 4px 0 16px; }
h2 { font-size: 17px; margin: 0 0 10px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 16px 18px; margin-bottom: 16px; }
.narrow { max-width: 440px; margin: 40px auto; }
.muted { color: var(--muted); }
.small { font-size: 13px; }
.inline { display: inline; margin: 0; }
button, .button { font: inherit; border-radius: 6px; border: 1px solid var(--line); background: #fff; color: var(--text); padding: 8px 14px; cursor: pointer; text-decoration: none; display: inline-block; }
button.primary, .button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
button.primary:hover { background: var(--accent-dark); }
button.danger { background: #fff; border-color: var(--danger); color: var(--danger); font-weight: 600; }
button.danger:hover { background: var(--danger-bg); }
button.link { border: 0; background: none; color: inherit; padding: 0; text-decoration: underline; }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #8bb4f0; outline-offset: 1px; }
label { display: block; font-weight: 600; margin: 10px 0 4px; }
input[type=text], input[type=password], input[type=search], input[type=date], select, textarea { font: inherit; width: 100%; padding: 8px 10px; border: 1px solid #c5ccd6; border-radius: 6px; background: #fff; }
textarea { min-height: 70px; }
.alert { border-radius: 6px; padding: 10px 14px; margin-bottom: 14px; border: 1px solid; }
.alert.error { background: var(--danger-bg); border-color: #f3b8b2; color: var(--danger); }
.alert.ok { background: var(--ok-bg); border-color: #a8d5b5; color: var(--ok); }
.alert.info { background: var(--info-bg); border-color: #b9cdef; color: var(--info); }
.alert.warn { background: var(--warn-bg); border-color: #f0c98a; color: var(--warn); }
.alert ul { margin: 6px 0 0; padding-left: 20px; }
.alert.decided { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 16px; }
.check.confirm-statement { font-weight: 700; background: var(--warn-bg); border: 1px solid #f0c98a; border-radius: 6px; padding: 8px 10px; }
.reject-form { border-top: 1px solid var(--line); margin-top: 16px; padding-top: 6px; }
.reject-form h3 { font-size: 15px; margin: 8px 0 0; }
.preview-attachment { border-top: 1px solid var(--line); padding: 8px 0; }
.preview-table { margin: 8px 0; }
.preview-table .scroll { overflow-x: auto; }
.preview-table td, .preview-table th { white-space: nowrap; }
ul.tree { list-style: none; margin: 6px 0; padding-left: 14px; border-left: 2px solid var(--line); }
ul.tree li.dir { font-weight: 600; }
.org-groups > li { margin-bottom: 6px; }
.org-groups ul { padding-left: 14px; }
.finding-file h3 { font-size: 14px; margin: 10px 0 2px; word-break: break-all; }
.badges { display: inline-flex; flex-wrap: wrap; gap: 4px; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12.5px; white-space: nowrap; border: 1px solid transparent; }
.badge b { font-weight: 700; margin-left: 2px; }
.badge.danger { background: var(--danger-bg); color: var(--danger); border-color: #f3b8b2; }
.badge.warn { background: var(--warn-bg); color: var(--warn); border-color: #f0d3a4; }
.badge.info { background: var(--info-bg); color: var(--info); border-color: #c9d9f2; }
.badge.people { background: #eef0f3; color: #333; }
.badge.state { background: #eef0f3; color: #333; }
.mark { display: inline-block; font-size: 11.5px; border-radius: 4px; padding: 0 5px; margin-left: 4px; background: #eef0f3; color: #444; vertical-align: 1px; }
.mark.warn { background: var(--warn-bg); color: var(--warn); }
.mark.danger { background: var(--danger); color: #fff; font-weight: 700; }
.mark.new { background: #efe7fb; color: #5b2a9b; }
.rcpt { display: inline-block; margin-right: 10px; word-break: break-all; }
.filters { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)) auto; gap: 8px 12px; align-items: end; }
.filters label { margin: 0 0 3px; font-size: 13px; }
.filters .actions { display: flex; gap: 8px; align-items: center; }
.queue { list-style: none; padding: 0; margin: 0; }
.qrow { display: grid; grid-template-columns: 28px minmax(0, 2.2fr) minmax(0, 3fr) minmax(0, 1.6fr) 120px; gap: 6px 14px; padding: 12px 14px; border-bottom: 1px solid var(--line); align-items: start; }
.qrow:last-child { border-bottom: 0; }
.qrow.selected { background: #eef4ff; box-shadow: inset 3px 0 0 var(--accent); }
.qrow .subject { font-weight: 600; color: var(--text); text-decoration: none; display: block; word-break: break-word; }
.qrow .subject:hover { text-decoration: underline; }
.qrow .sender { font-weight: 600; word-break: break-all; }
.qrow .rules { font-size: 13px; color: var(--muted); }
.qrow .time { text-align: right; font-size: 13px; display: flex; flex-direction: column; gap: 2px; }
.qhead { display: grid; grid-template-columns: 28px minmax(0, 2.2fr) minmax(0, 3fr) minmax(0, 1.6fr) 120px; gap: 14px; padding: 8px 14px; font-size: 12.5px; color: var(--muted); border-bottom: 1px solid var(--line); }
.qhead span:last-child { text-align: right; }
.deadline.soon { color: var(--warn); font-weight: 600; }
.deadline.overdue { color: var(--danger); font-weight: 700; }
.attach { font-size: 13px; color: var(--muted); word-break: break-all; }
.card.flush { padding: 0; overflow: hidden; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; justify-content: space-between; align-items: center; padding: 10px 14px; border-bottom: 1px solid var(--line); background: #fafbfc; }
.kbd { font-size: 12.5px; color: var(--muted); }
.grid2 { display: grid; grid-template-columns: minmax(0, 1.7fr) minmax(0, 1fr); gap: 16px; align-items: start; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 14px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; word-break: break-word; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12.5px; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; }
.mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; word-break: break-all; }
.loc { font-size: 13px; word-break: break-word; }
.context { font-size: 13px; color: var(--muted); background: #f6f7f9; border-radius: 4px; padding: 2px 6px; display: inline-block; margin-top: 3px; word-break: break-word; }
.rule { border-left: 3px solid var(--warn); padding: 4px 10px; margin-bottom: 8px; }
.rule .id { font-family: ui-monospace, Menlo, monospace; font-size: 12.5px; color: var(--muted); }
.timeline { list-style: none; margin: 0; padding: 0; }
.timeline li { padding: 6px 0 6px 16px; border-left: 2px solid var(--line); position: relative; font-size: 14px; }
.timeline li::before { content: ""; position: absolute; left: -5px; top: 12px; width: 8px; height: 8px; border-radius: 50%; background: var(--accent); }
.decision { position: sticky; top: 10px; }
.decision .buttons { display: flex; gap: 10px; margin-top: 10px; }
.decision .buttons button { flex: 1; }
.pager { display: flex; justify-content: space-between; gap: 8px; margin-bottom: 10px; font-size: 14px; }
pre.original { white-space: pre-wrap; word-break: break-word; background: #fafbfc; border: 1px solid var(--line); border-radius: 6px; padding: 12px; font-size: 13.5px; max-height: 60vh; overflow: auto; }
.checklist label { font-weight: 400; display: flex; gap: 10px; align-items: flex-start; padding: 10px 12px; border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; background: #fff; cursor: pointer; }
.checklist input { width: 20px; height: 20px; margin-top: 2px; flex: none; }
.chart { width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 13px; margin-top: 6px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.stats .wide { grid-column: 1 / -1; }
.sw0 { background: #1f5fbf; } .sw1 { background: #d9822b; } .sw2 { background: #2e9e6a; } .sw3 { background: #b03a6f; } .sw4 { background: #7a5cc7; } .sw5 { background: #8a94a6; }
@media (max-width: 900px) {
  .grid2, .stats { grid-template-columns: 1fr; }
  .decision { position: static; }
  .filters { grid-template-columns: 1fr 1fr; }
}
@media (max-width: 640px) {
  :root { font-size: 15px; }
  main { padding: 12px; }
  .top { padding: 8px 12px; gap: 4px 12px; }
  .nav { order: 3; flex-basis: 100%; overflow-x: auto; }
  .user { margin-left: auto; }
  .qhead { display: none; }
  .qrow { grid-template-columns: 24px minmax(0, 1fr); gap: 4px 8px; padding: 12px; }
  .qrow > :not(.pick) { grid-column: 2; }
  .qrow .time { text-align: left; flex-direction: row; gap: 10px; }
  .filters { grid-template-columns: 1fr 1fr; }
  .filters .q, .filters .actions { grid-column: 1 / -1; }
  .kbd { display: none; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dt { margin-top: 6px; }
  table.findings thead { display: none; }
  table.findings tr { display: block; border-bottom: 1px solid var(--line); padding: 6px 0; }
  table.findings td { display: block; border: 0; padding: 2px 0; }
  .decision .buttons button { padding: 12px; }
  h1 { font-size: 19px; }
}
`;
export const appCssExtra = String.raw`
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain li { padding: 4px 0; border-bottom: 1px dashed var(--line); }
ul.plain li:last-child { border-bottom: 0; }
.empty { padding: 24px 14px; margin: 0; }
label.inline { display: inline-flex; align-items: center; gap: 4px; font-weight: 400; margin: 0 10px 0 0; }
.toolbar form { display: flex; align-items: center; gap: 8px; }
.selfcheck h1 { margin-top: 0; }
`;
export const appCssLayout = String.raw`
th { white-space: nowrap; }
.icon { vertical-align: -2px; margin-right: 2px; }
.qrow .from .sender { display: block; }
.addr-line { font-size: 13px; color: var(--muted); word-break: break-all; }
.deadline { margin-left: 0; }
.age + .deadline::before { content: ""; }
@media (max-width: 900px) {
  /* Message page on a phone: what it is, then the decision, then the details. */
  .message-grid { display: flex; flex-direction: column; align-items: stretch; gap: 0; }
  .message-grid > .col { display: contents; }
  .o-facts { order: 1; } .o-decision { order: 2; } .o-why { order: 3; } .o-findings { order: 4; }
  .o-recipients { order: 5; } .o-attachments { order: 6; } .o-original { order: 7; } .o-timeline { order: 8; }
}
@media (max-width: 640px) {
  table.findings td[data-label] { display: inline-block; margin-right: 12px; }
  table.findings td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: 12.5px; }
  table.findings td.num { text-align: left; }
  table.findings td:first-child { display: inline-block; margin-right: 12px; }
  /* Statistics and audit on a phone: charts scroll sideways at a readable size, buttons never break. */
  .stats .card svg.chart { min-width: 560px; }
  .stats .card { overflow-x: auto; }
  .legend span { display: inline-block; margin: 2px 10px 2px 0; }
  .filters .actions button, .filters .actions a, .toolbar button, .toolbar a { white-space: nowrap; }
  td.detail div { word-break: break-word; }
}
`;
