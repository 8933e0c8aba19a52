/** Styles of the sender's page (/my): cards that read well on a phone first. */
export const myCss = String.raw`
.mylist { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
.mycard { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 14px 16px; }
.mycard.delayed { border-left: 4px solid var(--warn); }
.mycard.held { border-left: 4px solid var(--accent); }
.mycard .head { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: baseline; justify-content: space-between; }
.mycard .subject { font-weight: 700; word-break: break-word; }
.mycard dl.facts { margin-top: 8px; font-size: 14px; }
.mycard .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; align-items: center; }
.mycard .actions form { margin: 0; }
.mycard .actions .button, .mycard .actions button { min-height: 44px; }
.due { font-weight: 700; color: var(--warn); }
.mycard a.button.cancel { border-color: var(--danger); color: var(--danger); font-weight: 600; }
.recent td { font-size: 14px; }
.gap-top { margin-top: 16px; }
input[type=email] { font: inherit; width: 100%; padding: 8px 10px; border: 1px solid #c5ccd6; border-radius: 6px; background: #fff; }
@media (max-width: 640px) {
  .mycard .actions { flex-direction: column; align-items: stretch; }
  .mycard .actions .button, .mycard .actions button { width: 100%; text-align: center; padding: 12px; }
  table.recent thead { display: none; }
  table.recent tr { display: block; border-bottom: 1px solid var(--line); padding: 6px 0; }
  table.recent td { display: block; border: 0; padding: 2px 0; }
}
`;
