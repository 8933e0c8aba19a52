/**
 * Who takes part in a message: the sender and every recipient (From/Reply-To/To/Cc/Bcc headers
 * and the SMTP envelope). Their names, addresses and organisations are what the subject
 * attribution compares findings with: data about the people a mail is addressed to, or about
 * their own organisations, is not a third person's data.
 */
import type { MessageHeaders } from '../extract/types.js';
import { isFreemailDomain } from './freemail.js';
import { localPartKeys } from './romaji.js';
import { headerNameKeys } from './signature.js';

/** What detection may know about the transaction besides the message itself. */
export interface MessageEnvelope {
  mailFrom: string;
  rcptTo: readonly string[];
}

export interface DetectionContext {
  /** The SMTP envelope: Bcc recipients are only here. */
  envelope?: MessageEnvelope;
}

export interface Participants {
  /** Name keys of the From/Reply-To display names. */
  senderNames: Set<string>;
  /** Name keys of the To/Cc/Bcc display names. */
  addresseeNames: Set<string>;
  /** Every participant address, lower case. */
  addresses: Set<string>;
  /** Domains of the participants (their organisations when not free-mail). */
  domains: Set<string>;
  /** Domains of the sender (From, Reply-To, envelope sender) when not free-mail: their own organisation. */
  senderDomains: Set<string>;
  /** Romanisation keys of each address's local part (t.yamamoto@ → [t, yamamoto]). */
  localParts: string[][];
  /**
   * The kanji words of the display names written with an address, by its local part's keys joined
   * with '.': {総代, 小野, 勝利} for 「総代 小野 勝利 様 <katsutoshi.ono@…>」. A name read as that
   * address must be written with one of them (大野 reads ono too, but is not 小野).
   */
  localPartNames: Map<string, Set<string>>;
  /**
   * A trade union is itself a party to the mail (the sender or an addressee: ミナト精機労働組合 川崎支部
   * 書記長, …@…-union.example.jp): its bargaining, its members and its officers are its business,
   * not anyone's membership disclosed.
   */
  unionParty: boolean;
  /** The same keys of the addressees' own addresses only (To/Cc/Bcc and envelope recipients). */
  addresseeLocalParts: string[][];
  /** Organisation names from display names (`山田 太郎 (株式会社ABC)`), NFKC. */
  organisations: Set<string>;
  /** The mail goes to one addressee only, at a free-mail address: a private person. */
  privateAddressee: boolean;
  /**
   * Name keys (no spaces) of the addressee's children: a full name with an addressee's surname,
   * written with くん / ちゃん / 君 or with 保護者 (大須賀 悠斗くん 保護者様 in a mail to 大須賀 真由美).
   * See addresseeFamilyOf.
   */
  addresseeFamily: Set<string>;
}

const ORG_IN_NAME = /(?:株式会社|有限会社|合同会社|[(（]株[)）])\s*[^\s()（）/／|｜,、]{1,20}|[^\s()（）/／|｜,、]{1,20}\s*(?:株式会社|有限会社|合同会社|[(（]株[)）])/g;

/** Who takes part in a message, from its headers and envelope; `texts` (the message's segments) name the addressee's children. */
export function participantsOf(headers: MessageHeaders, envelope: MessageEnvelope | undefined, freemail: ReadonlySet<string>, texts: readonly string[] = []): Participants {
  const senders = [...headers.from, ...headers.replyTo];
  const addressees = [...headers.to, ...headers.cc, ...headers.bcc];
  const addresses = new Set<string>();
  for (const b of [...senders, ...addressees]) if (b.address) addresses.add(b.address.toLowerCase());
  if (envelope) {
    if (envelope.mailFrom) addresses.add(envelope.mailFrom.toLowerCase());
    for (const r of envelope.rcptTo) addresses.add(r.toLowerCase());
  }
  const domains = new Set<string>();
  const localParts: string[][] = [];
  for (const a of addresses) {
    const domain = a.split('@')[1];
    if (domain && !isFreemailDomain(freemail, domain)) domains.add(domain);
    const keys = localPartKeys(a);
    if (keys.length > 0) localParts.push(keys);
  }
  const localPartNames = new Map<string, Set<string>>();
  for (const b of [...senders, ...addressees]) {
    if (!b.address || !b.name) continue;
    const keys = localPartKeys(b.address.toLowerCase());
    const parts = b.name.normalize('NFKC').split(/[\s・]+/);
    const words = parts.map((w) => w.replace(/(?:様|さま|殿|さん)$/u, '')).filter((w) => /^[\p{sc=Han}々]{1,4}$/u.test(w) && !UNIT_OR_TITLE_WORD.test(w));
    // A display name that gives a surname and a given name apart (小野 勝利), or one kanji word with
    // its honorific (丸菱ロジスティクス 情報システム部 河野様: the surname 河野, not 高野 read kono too);
    // 「製造課 主任」 says nothing of how the person's name is written.
    const honoured = words.length === 1 && parts.some((w) => w === `${words[0]}様` || w === `${words[0]}さま` || w === `${words[0]}殿`);
    if (keys.length === 0 || (words.length < 2 && !honoured)) continue;
    const key = keys.join('.');
    const set = localPartNames.get(key) ?? new Set<string>();
    for (const w of words) set.add(w);
    localPartNames.set(key, set);
  }
  const unionParty = [...senders, ...addressees].some((b) => UNION_PARTY_NAME.test(b.name.normalize('NFKC')) || UNION_PARTY_ADDRESS.test(b.address));
  const addresseeAddresses = new Set<string>([...addressees.map((b) => b.address.toLowerCase()), ...(envelope?.rcptTo ?? []).map((r) => r.toLowerCase())]);
  for (const b of senders) addresseeAddresses.delete(b.address.toLowerCase());
  if (envelope?.mailFrom) addresseeAddresses.delete(envelope.mailFrom.toLowerCase());
  const addresseeLocalParts = [...addresseeAddresses].map((a) => localPartKeys(a)).filter((k) => k.length > 0);
  const senderDomains = new Set<string>();
  for (const a of [...senders.map((b) => b.address), envelope?.mailFrom ?? '']) {
    const domain = a.toLowerCase().split('@')[1];
    if (domain && !isFreemailDomain(freemail, domain)) senderDomains.add(domain);
  }
  const organisations = new Set<string>();
  for (const b of [...senders, ...addressees]) {
    for (const m of b.name.normalize('NFKC').matchAll(ORG_IN_NAME)) {
      const full = m[0].replace(/\s+/g, '');
      organisations.add(full);
      // Mail often names a company without its legal form: 「あさひ工務店」 for 株式会社あさひ工務店.
      const bare = full.replace(/株式会社|有限会社|合同会社|\(株\)|（株）/g, '');
      if (bare.length >= 3) organisations.add(bare);
    }
  }
  const privateAddressee = addresseeAddresses.size === 1 && isFreemailDomain(freemail, [...addresseeAddresses][0]!.split('@')[1] ?? '');
  return {
    senderNames: headerNameKeys(senders),
    addresseeNames: headerNameKeys(addressees),
    addresses,
    domains,
    senderDomains,
    localParts,
    localPartNames,
    unionParty,
    addresseeLocalParts,
    organisations,
    privateAddressee,
    addresseeFamily: addresseeFamilyOf(headers, texts, privateAddressee),
  };
}

const UNION_PARTY_NAME = /労働組合|労組|ユニオン|\b(?:[Ll]abou?r|[Tt]rade) [Uu]nion\b|\bUnion\b/;
const UNION_PARTY_ADDRESS = /[@.-](?:[a-z0-9-]*-)?(?:union|roso|rouso)[.-]|^(?:union|roso|rouso)@/i;

/** A department or a title in a display name (製造課, 主任, 事務所), not a name. */
const UNIT_OR_TITLE_WORD = /(?:課|部|室|係|長|任|員|者|所|社|店|局|会|院|士|師|官|御中)$/u;

/** A Japanese surname as the first word of a display name (大須賀 真由美 → 大須賀). */
const DISPLAY_SURNAME = /^([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー]{1,4})[ \u3000]+[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー]{1,5}(?:[ \u3000]*(?:様|さま|殿))?$/u;
const GIVEN = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}々ー]{1,4}';
/** A child called by a given name alone: 陸くん, ゆいちゃん, 翔太君 (not after another name's letters). */
const GIVEN_NAME_CHILD = /(?<![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー])([\p{sc=Han}々]{1,3}|[\p{sc=Katakana}ー]{2,4})(?:くん|ちゃん|君)/gu;
/** Words before ちゃん or くん that name no particular child (赤ちゃん, お姉ちゃん, 年長さん's 組). */
const NOT_A_CHILD = /^(?:赤|姉|兄|母|父|婆|爺|孫|坊|嬢|諸|各|皆|園児|生徒|児童|子)$/u;

/**
 * The addressee's children named in the message: a full name with the surname of the (one or two)
 * addressees' display names, written as a child (くん, ちゃん, 君) or with their guardian (保護者, お母様,
 * お父様). The actual recipient's name decides, not the greeting: a mail sent to the wrong parent
 * carries another surname in its To header. Data about such a child, sent to their parent, is the
 * family's own (a cram school's mock-exam results, a nursery's note on a child's medicine).
 */
function addresseeFamilyOf(headers: MessageHeaders, texts: readonly string[], privateAddressee: boolean): Set<string> {
  const family = new Set<string>();
  const addressees = [...headers.to, ...headers.cc];
  if (addressees.length === 0 || addressees.length > 2) return family;
  const surnames = new Set<string>();
  for (const b of addressees) {
    const m = DISPLAY_SURNAME.exec(b.name.normalize('NFKC').trim());
    if (m) surnames.add(m[1]!);
  }
  // One private addressee, and the whole message calls one child by a given name alone (陸くんの
  //模試結果, in a cram school's mail to 宮田): the child is theirs. Two children so named may be
  // another family's too, so neither is taken; nor is a child the message also names with a
  // surname other than the addressee's (生徒：芦田 湊 くん, to a tutor 杉本).
  const onePrivateAddressee = privateAddressee && addressees.length === 1;
  if (surnames.size === 0 && !onePrivateAddressee) return family;
  const normalised = texts.map((t) => t.normalize('NFKC'));
  if (onePrivateAddressee) {
    const given = new Set<string>();
    for (const text of normalised) for (const m of text.matchAll(GIVEN_NAME_CHILD)) if (!NOT_A_CHILD.test(m[1]!)) given.add(m[1]!);
    const only = given.size === 1 ? [...given][0]! : null;
    if (only !== null && !namedWithOtherSurname(only, normalised, surnames)) family.add(only);
  }
  for (const surname of surnames) {
    const child = new RegExp(`${surname}[ \\u3000]?(${GIVEN})[ \\u3000]?(?:くん|ちゃん|君|(?:さん|様)?[ \\u3000]*の?(?:保護者|お母様|お父様|お母さま|お父さま))`, 'gu');
    for (const text of normalised) {
      for (const m of text.matchAll(child)) family.add(`${surname}${m[1]}`);
    }
  }
  return family;
}

/** A given name written after a surname that is not the addressee's (芦田 湊 くん, 芦田湊さん), in NFKC texts. */
function namedWithOtherSurname(given: string, normalised: readonly string[], surnames: ReadonlySet<string>): boolean {
  const full = new RegExp(`([\\p{sc=Han}々]{1,3})[ \\u3000]?${given}[ \\u3000]?(?:くん|ちゃん|君|さん|様)`, 'gu');
  for (const text of normalised) for (const m of text.matchAll(full)) if (!surnames.has(m[1]!)) return true;
  return false;
}

/** Whether an address is at the sender's own organisation (its domain or a subdomain of it). */
export function isSenderDomain(p: Participants, address: string): boolean {
  const domain = address.toLowerCase().split('@')[1] ?? '';
  for (const d of p.senderDomains) if (domain === d || domain.endsWith(`.${d}`)) return true;
  return false;
}

/** The participant an address belongs to, or the participant organisation its domain is (sub)domain of. */
export function isParticipantAddress(p: Participants, address: string): boolean {
  return p.addresses.has(address.toLowerCase());
}

export function isParticipantDomain(p: Participants, address: string): boolean {
  const domain = address.toLowerCase().split('@')[1] ?? '';
  for (const d of p.domains) if (domain === d || domain.endsWith(`.${d}`)) return true;
  return false;
}
