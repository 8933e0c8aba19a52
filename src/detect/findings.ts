/**
 * Collects hits of all units into findings merged by (category, confidence, location, subject),
 * and counts records and distinct third persons (business contacts and participants excluded).
 */
import type { ExtractionProblem } from '../extract/types.js';
import type { ValueHasher } from './hash.js';
import type { Hit, Unit } from './hit.js';
import { toOriginalRange } from './normalize.js';
import { sampleFor } from './sample.js';
import type { CategoryId, DetectionResult, Finding } from './types.js';
import { fieldAt } from './context.js';

const MAX_CELLS = 10;
const MAX_HASHES = 10_000;
const CONTEXT_CHARS = 24;
/** Identifiers unique to one person: each distinct value counts as a person when no name is given. */
const UNIQUE_IDS = new Set<string>(['my_number', 'passport', 'drivers_license', 'residence_card', 'health_insurance', 'pension_number', 'employment_insurance', 'national_id', 'credit_card']);
const NOT_PERSONAL = (c: CategoryId): boolean => c === 'corporate_number' || c.startsWith('custom.');

interface Entry {
  finding: Finding;
  hashes: Set<string>;
}

export class FindingCollector {
  private readonly entries = new Map<string, Entry>();
  private readonly fullNames = new Set<string>();
  private readonly surnames = new Set<string>();
  private readonly idPeople = new Set<string>();
  /** Table records with a name: name + the row's other values, so namesakes in a roster are two people. */
  private readonly recordPeople = new Set<string>();
  private readonly recordNameKeys = new Set<string>();
  private anonymousRecords = 0;
  private recordCount = 0;

  constructor(private readonly hasher: ValueHasher) {}

  addUnit(unit: Unit, hits: Hit[]): void {
    if (hits.length === 0) return;
    let hashed: Map<Hit, string> | null = null;
    for (const h of hits) {
      const shown = unit.norm.text.slice(h.start, h.end);
      const hash = this.hasher(h.category, h.value.replace(/\s+/g, ''));
      (hashed ??= new Map()).set(h, hash);
      const key = `${h.category}\u0000${h.confidence}\u0000${unit.location}\u0000${h.subject?.kind ?? ''}`;
      let entry = this.entries.get(key);
      if (!entry) {
        const finding: Finding = {
          category: h.category,
          confidence: h.confidence,
          count: 0,
          location: unit.location,
          sample: sampleFor(h, shown),
          hashes: [],
          context: maskedContext(unit, h, hits),
          reason: h.reason,
        };
        if (h.subject) {
          finding.subject = h.subject.kind;
          finding.subjectReason = h.subject.reason;
        }
        entry = { finding, hashes: new Set() };
        this.entries.set(key, entry);
      }
      entry.finding.count++;
      if (entry.hashes.size < MAX_HASHES) entry.hashes.add(hash);
      if (unit.isRecord) {
        const cell = fieldAt(unit, h.start)?.location;
        const cells = (entry.finding.cells ??= []);
        if (cell && cells.length < MAX_CELLS && !cells.includes(cell)) cells.push(cell);
      }
    }
    this.countPeople(unit, hits, hashed!);
  }

  private countPeople(unit: Unit, hits: Hit[], hashes: Map<Hit, string>): void {
    // Only third persons count: business contacts and the participants themselves are not a leak.
    const disclosed = hits.filter((h) => h.confidence !== 'low' && !h.zone && h.subject?.kind !== 'business_contact' && h.subject?.kind !== 'participant' && !NOT_PERSONAL(h.category));
    const names = disclosed.filter((h) => h.category === 'person_name' && h.personKey);
    if (unit.isRecord) {
      if (disclosed.length === 0) return;
      this.recordCount++;
      if (names.length === 0) {
        this.anonymousRecords++;
        return;
      }
      // One row of a roster is one person: two rows with the same name but different phone,
      // address or e-mail are namesakes, not duplicates (a 4,000-row staff list has many).
      const nameKeys = names.map((n) => n.personKey!).sort();
      const values = disclosed.filter((h) => h.category !== 'person_name').map((h) => hashes.get(h)!).sort();
      this.recordPeople.add(`${nameKeys.join('+')}|${values.join(',')}`);
      for (const key of nameKeys) this.recordNameKeys.add(key.startsWith('1:') ? key.slice(2) : key);
      return;
    }
    for (const n of names) {
      const key = n.personKey!;
      if (key.startsWith('1:')) this.surnames.add(key.slice(2));
      else this.fullNames.add(key);
    }
    if (names.length > 0) return;
    for (const h of disclosed) if (UNIQUE_IDS.has(h.category)) this.idPeople.add(hashes.get(h)!);
  }

  addProblem(category: 'encrypted_attachment' | 'uninspectable', problem: ExtractionProblem): void {
    const key = `${category}\u0000high\u0000${problem.location}`;
    const existing = this.entries.get(key);
    if (existing) {
      existing.finding.count++;
      return;
    }
    this.entries.set(key, {
      finding: {
        category,
        confidence: 'high',
        count: 1,
        location: problem.location,
        sample: problem.type ?? problem.reason,
        hashes: [],
        reason: problem.reason,
      },
      hashes: new Set(),
    });
  }

  /** A scan of an identity document, known by its attachment's file name: about a third person, medium. */
  addScan(category: CategoryId, location: string, sample: string): void {
    const key = `${category}\u0000medium\u0000${location}`;
    if (this.entries.has(key)) return;
    this.entries.set(key, {
      finding: { category, confidence: 'medium', count: 1, location, sample, hashes: [], reason: 'attachment file name (a scan of the document)', subject: 'third_person', subjectReason: category === 'bank_account' ? 'a personal bank form attached as an image' : 'identity document attached as an image' },
      hashes: new Set(),
    });
  }

  /** A message-level signal (PPAP notice/password): no value, one finding per location. */
  addSignal(category: 'ppap_notice' | 'ppap_password', location: string, sample: string, reason: string): void {
    const key = `${category}\u0000high\u0000${location}`;
    if (this.entries.has(key)) return;
    this.entries.set(key, { finding: { category, confidence: 'high', count: 1, location, sample, hashes: [], reason }, hashes: new Set() });
  }

  result(): DetectionResult {
    this.settleSharedAccounts();
    const findings: Finding[] = [];
    const categories: Record<string, number> = {};
    for (const { finding, hashes } of this.entries.values()) {
      finding.hashes = [...hashes];
      findings.push(finding);
      if (finding.confidence !== 'low') categories[finding.category] = (categories[finding.category] ?? 0) + finding.count;
    }
    return {
      findings,
      summary: { categories, personCount: this.personCount(), recordCount: this.recordCount },
    };
  }

  /**
   * An account shown as an organisation's in one part of the message (the body's 振込先 with its
   * company 名義) is that organisation's wherever another part repeats it without a holder (the
   * attached invoice that gives only the number).
   */
  private settleSharedAccounts(): void {
    const business = new Set<string>();
    for (const { finding, hashes } of this.entries.values()) {
      if (finding.category === 'bank_account' && finding.subject === 'business_contact') for (const h of hashes) business.add(h);
    }
    if (business.size === 0) return;
    for (const { finding, hashes } of this.entries.values()) {
      if (finding.category !== 'bank_account' || finding.subject !== 'third_person' || hashes.size === 0) continue;
      if (![...hashes].every((h) => business.has(h))) continue;
      finding.subject = 'business_contact';
      finding.subjectReason = 'the same account is held by an organisation elsewhere in the message';
    }
  }

  /**
   * Named table records (one person per distinct row), full names in text not already in a
   * record, surnames not part of a full name, nameless records and unique ids.
   */
  private personCount(): number {
    const known = new Set([...this.fullNames, ...this.recordNameKeys]);
    const prefixes = new Set<string>();
    for (const full of known) for (let n = 1; n <= 4 && n < full.length; n++) prefixes.add(full.slice(0, n));
    let surnamesAlone = 0;
    for (const s of this.surnames) if (!prefixes.has(s) && !known.has(s)) surnamesAlone++;
    let namesInText = 0;
    for (const full of this.fullNames) if (!this.recordNameKeys.has(full)) namesInText++;
    return this.recordPeople.size + namesInText + surnamesAlone + this.anonymousRecords + this.idPeople.size;
  }
}

/** Text around the hit, in original characters, with every hit replaced by its mask and digits hidden. */
/**
 * The words around a hit with every value in it masked. Overlapping hits are masked as one span
 * (the widest hit's rule), and a value cut by the window's edge is shown whole-and-masked, never
 * as a partial value in clear (an e-mail cut mid-local-part showed `*p**_hlzlgi@…`).
 */
function maskedContext(unit: Unit, hit: Hit, hits: Hit[]): string {
  let ws = Math.max(0, hit.start - CONTEXT_CHARS);
  let we = Math.min(unit.norm.text.length, hit.end + CONTEXT_CHARS);
  const spans: Array<{ start: number; end: number; widest: Hit }> = [];
  for (const h of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = spans[spans.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.widest.end - last.widest.start) last.widest = h;
      last.end = Math.max(last.end, h.end);
    } else spans.push({ start: h.start, end: h.end, widest: h });
  }
  const inside = spans.filter((sp) => sp.end > ws && sp.start < we);
  for (const sp of inside) {
    ws = Math.min(ws, sp.start);
    we = Math.max(we, sp.end);
  }
  let out = '';
  let pos = ws;
  for (const sp of inside) {
    out += plain(unit, pos, sp.start);
    out += sampleFor(sp.widest, unit.norm.text.slice(sp.start, sp.end));
    pos = sp.end;
  }
  out += plain(unit, pos, we);
  return out.replace(/\s+/g, ' ').trim();
}

function plain(unit: Unit, start: number, end: number): string {
  if (end <= start) return '';
  const [os, oe] = toOriginalRange(unit.norm, start, end);
  return unit.original.slice(os, oe).replace(/[0-9０-９]/g, '*');
}
