import { bodyCellAt, tableHasPersonColumn } from '../body-table.js';
import { headerAt } from '../context.js';
import type { Unit } from '../hit.js';

/** Labels that say a number is a business reference, not a person's identifier. */
const BUSINESS_LABEL =
  /(?:注文|受注|発注|伝票|請求書?|見積書?|管理|型式?|品|製造|シリアル|商品|部品|製品|問い?合わ?せ|追跡|予約|案件|契約|取引|invoice|order|serial|model|part|ref|item|sku|lot|jan|ean)\s*(?:番号|番|no\.?|#|コード|id)?\s*[:：#.]?\s*$/i;

/** A business label just before the value, or as its table column header. */
export function hasBusinessLabel(unit: Unit, start: number): boolean {
  const header = headerAt(unit, start);
  if (header !== undefined && BUSINESS_LABEL.test(header.normalize('NFKC'))) return true;
  return BUSINESS_LABEL.test(unit.norm.text.slice(Math.max(0, start - 16), start));
}

export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * A value in a table (attachment row or table pasted in the body) that has no column about
 * people (氏名, 担当者 …): a stock list's 倉庫TEL is the business's own data, not a person's.
 */
export function inTableWithoutPerson(unit: Unit, start: number): boolean {
  if (unit.isRecord) return !unit.fields.some((f) => f.column === 'person_name' || f.column === 'name_reading');
  const cell = bodyCellAt(unit, start);
  return cell !== undefined && !tableHasPersonColumn(unit, cell.table);
}
