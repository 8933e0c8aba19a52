// Signatures of the fictional writers, so every writer signs the same way in every mail.
const HP = `医療法人社団 緑陽会 みどり中央病院
〒371-0024 群馬県前橋市表町3-12-5
TEL 027-224-3810（代表） FAX 027-224-3819`;
const SC = `学校法人 桜ヶ丘学園 桜ヶ丘中学校・高等学校
〒231-0861 神奈川県横浜市中区元町5-41
TEL 045-621-3307 FAX 045-621-3308`;
const NS = `株式会社ネクストスタッフ
〒460-0008 愛知県名古屋市中区栄2-9-26 栄アーバンビル7F
TEL 052-231-7745 FAX 052-231-7746`;
const line = '━━━━━━━━━━━━━━━━━━━━';
const mk = (org, who, extra) => `\n\n${line}\n${org}\n${who}\n${extra}\n${line}\n`;
export const W = {
  saeki: { from: '佐伯 由美子 <saeki@midori-hp.example.jp>', sig: mk(HP, '地域医療連携室 医療ソーシャルワーカー 佐伯 由美子', '内線 2104 / saeki@midori-hp.example.jp') },
  murakami: { from: '村上 拓也 <t-murakami@midori-hp.example.jp>', sig: mk(HP, '総務課 村上 拓也', '内線 1120 / t-murakami@midori-hp.example.jp') },
  hasegawa: { from: '長谷川 美穂 <hasegawa.m@midori-hp.example.jp>', sig: mk(HP, '医事課 長谷川 美穂', '内線 1305 / hasegawa.m@midori-hp.example.jp') },
  kano: { from: '加納 誠 <kano@midori-hp.example.jp>', sig: mk(HP, '整形外科 部長 加納 誠', 'kano@midori-hp.example.jp') },
  oda: { from: '小田 恵 <oda@midori-hp.example.jp>', sig: mk(HP, '人事課 小田 恵', '内線 1142 / oda@midori-hp.example.jp') },
  iwasaki: { from: '岩崎 聡 <iwasaki@midori-hp.example.jp>', sig: mk(HP, '健診センター 事務長 岩崎 聡', 'TEL 027-224-3850（健診センター直通） / iwasaki@midori-hp.example.jp') },
  yoshikawa: { from: '吉川 陽介 <yoshikawa@sakuragaoka.example.ac.jp>', sig: mk(SC, '教務部長 吉川 陽介', 'yoshikawa@sakuragaoka.example.ac.jp') },
  morita: { from: '森田 直子 <morita@sakuragaoka.example.ac.jp>', sig: mk(SC, '法人事務局 経理課 森田 直子', 'morita@sakuragaoka.example.ac.jp') },
  nishimura: { from: '西村 彩 <nishimura@sakuragaoka.example.ac.jp>', sig: mk(SC, '高等学校 2年3組担任 西村 彩', 'nishimura@sakuragaoka.example.ac.jp') },
  fujimoto: { from: '藤本 亮 <fujimoto@sakuragaoka.example.ac.jp>', sig: mk(SC, '広報室 藤本 亮', 'fujimoto@sakuragaoka.example.ac.jp') },
  ishii: { from: '石井 里奈 <ishii@sakuragaoka.example.ac.jp>', sig: mk(SC, '保健室 養護教諭 石井 里奈', 'ishii@sakuragaoka.example.ac.jp') },
  takahashi: { from: '高橋 健一 <k-takahashi@nextstaff.example.co.jp>', sig: mk(NS, '営業部 第二グループ 高橋 健一', '携帯 090-4418-2760 / k-takahashi@nextstaff.example.co.jp') },
  matsushita: { from: '松下 綾香 <a-matsushita@nextstaff.example.co.jp>', sig: mk(NS, 'スタッフサービス課 コーディネーター 松下 綾香', 'a-matsushita@nextstaff.example.co.jp') },
  okamoto: { from: '岡本 浩二 <okamoto@nextstaff.example.co.jp>', sig: mk(NS, '管理部 給与チーム 岡本 浩二', 'okamoto@nextstaff.example.co.jp') },
  nakano: { from: '中野 翔 <s-nakano@nextstaff.example.co.jp>', sig: mk(NS, '採用チーム 中野 翔', 's-nakano@nextstaff.example.co.jp') },
};
// The signature goes where a mail client puts it: above a trailing quoted or forwarded block.
const hdr = /^(差出人:|From: |-----Original Message-----|-+ ?Forwarded [Mm]essage ?-+|-+ 転送メッセージ -+)/;
function sign(text, sig) {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const rest = lines.slice(i).filter((l) => l.trim() !== '');
    if (hdr.test(lines[i]) || (lines[i].startsWith('>') && rest.every((l) => l.startsWith('>')))) {
      return lines.slice(0, i).join('\n').trimEnd() + sig + '\n' + lines.slice(i).join('\n');
    }
  }
  return text + sig;
}
export const m = (w, o) => ({ ...o, from: W[w].from, text: sign(o.text, W[w].sig) });
