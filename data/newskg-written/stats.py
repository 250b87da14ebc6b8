#!/usr/bin/env python3
"""Count sentences, entities and (heuristically) the phenomenon classes 1-10 of the brief."""
import glob, re, collections, json, sys
TITLES = set("""menteri menko menlu mendagri mensesneg seskab menhan menpora wamenlu wamentan wakil presiden gubernur bupati wali kota camat kepala desa ketua umum direktur utama dirut pelatih kapten juru bicara kapolres kapolda kapolri kapolsek kapolrestabes kasat kasatlantas kabid wakapolri dirlantas danrem dandim pangdam panglima kasad jaksa agung rektor dekan sekretaris sekjen jenderal perdana raja emir kanselir putra mahkota pemimpin dubes duta pj plt sekda pengasuh imam hakim komisaris presdir manajer asisten wakapolri pangeran sheikh sultan ayatollah paus akbp akp kombes kompol irjen komjen brigjen mayjen letjen marsdya marsma marsekal laksamana letkol inf pol tni senior deputi striker penyerang gelandang bek kiper pebulu pemain pengacara terdakwa tersangka pelaku korban saksi ekonom pendiri bos pengusaha pengamat anggota state secretary mantan harian bidang humas reskrim staf kepresidenan besar ri""".split())
COUNTRIES = set("""Indonesia Israel Iran China Tiongkok Rusia Ukraina Jepang Jerman Prancis Inggris Mesir Qatar Turki India Pakistan Malaysia Singapura Filipina Thailand Vietnam Kamboja Myanmar Australia Kanada Brasil Argentina Kolombia Venezuela Kuba Yaman Suriah Lebanon Yordania Palestina Belanda Spanyol Irlandia Norwegia Denmark Portugal Afghanistan Taiwan Vatikan Sudan AS RI""".split()) | {"Amerika Serikat","Arab Saudi","Korea Selatan","Korea Utara","Uni Emirat Arab","Afrika Selatan","Timor Leste","Papua Nugini","Selandia Baru","Republik Indonesia"}
CLUB = re.compile(r"^(Timnas|Persib|Persija|Persebaya|Persita|Persis|Persik|Persipura|Persiraja|Persijap|Persela|PSM|PSS|PSIS|PSIM|PSBS|Arema|Bali United|Borneo|Dewa United|Madura United|Malut United|Semen Padang|Bhayangkara|Deltras|Garuda|Manchester|Real Madrid|Atletico|Liverpool|Everton|Barcelona|Bayern|Arsenal|Chelsea|Inter Milan|AC Milan|Juventus|Napoli|Paris Saint|Tottenham|Brighton|Sporting|Ulsan|FC Twente|Ajax|Brisbane|Valencia|Vietnam|Thailand|Kuwait)")
BUILD = re.compile(r"^(Istana|Gedung|Kompleks|Bandara|Pelabuhan|Masjid|RS|RSUD|RSUP|Rumah Sakit|Gereja|Terminal|Stasiun|Lanud|Rutan|Lapas|Candi|Pasar|Hotel|Kantor|GOR|Stadion|Monas|Lapangan|Puskesmas|Jakarta Convention|Markas|Keraton|Istora|Asrama|Ruang Oval|NasDem Tower|Sirkuit|Kebun Raya|Anfield|Stamford|PLTN|Bundaran)")
UNIT = re.compile(r"^(Desa|Kecamatan|Kabupaten|Kelurahan|Kampung|Dusun|Kota|Provinsi|Jalan|Nagari|Distrik|Prefektur|Perumahan)\b")
OUTLET = re.compile(r"(\.com$|^(Reuters|AFP|Antara|Tempo|BBC|Al Jazeera|CNN Indonesia|The Guardian|detikJabar)$)")
NONENT_O = set("Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember WIB KTP BBM APBN PPN OTT HAM BLT UU Idul Fitri Adha Lebaran Ramadan Natal Piala Presiden Menteri Gubernur Kapolri HPV SPBU WNI KTT Pilkada Pilpres Waisak Melasti Syawal".split())
TITLES_CAP = set()
def read():
    out = []
    for fn in sorted(glob.glob("written-*.conll")):
        for s in open(fn, encoding="utf-8").read().strip().split("\n\n"):
            rows = [l.split("\t") for l in s.split("\n")]
            out.append((fn, [r[0] for r in rows], [r[2] for r in rows]))
    return out
def spans(tags):
    sp = []; cur = None
    for i, g in enumerate(tags + ["O"]):
        if cur and not g.startswith("I-"): sp.append(cur); cur = None
        if g.startswith("B-"): cur = [g[2:], i, i + 1]
        elif g.startswith("I-") and cur: cur[2] = i + 1
    return sp
def primary_classes():
    cls = collections.Counter(); cur = None
    for src in sorted(glob.glob("src/written-*.txt")):
        for ln in open(src, encoding="utf-8"):
            ln = ln.strip()
            m = re.match(r"#\s*class\s+(\S+)", ln)
            if m: cur = m.group(1); continue
            if ln and not ln.startswith("#"): cls[cur] += 1
    return cls
def main():
    data = read(); ents = collections.Counter(); C = collections.Counter(); noent = 0
    per_file = collections.Counter()
    for fn, toks, tags in data:
        per_file[fn] += 1
        sp = spans(tags)
        for t, a, b in sp: ents[t] += 1
        if not sp: noent += 1
        txt = lambda a, b: " ".join(toks[a:b])
        hit = set()
        for t, a, b in sp:
            if t == "PER" and a > 0:
                j = a - 1
                # skip a LOC/ORG inside the title (Wali Kota [Bandung] X)
                if tags[j] != "O":
                    k = j
                    while k > 0 and tags[k].startswith("I-"): k -= 1
                    j = k - 1
                if j >= 0 and tags[j] == "O" and toks[j].lower() in TITLES: hit.add(1)
            if t == "PER" and (re.fullmatch(r"[A-Z]{2,4}", txt(a, b)) or (a >= 2 and toks[a-1] == "-" and tags[a-2].endswith("PER"))): hit.add(7)
            if t == "ORG" and CLUB.match(txt(a, b)): hit.add(3)
            if t == "LOC" and txt(a, b).startswith("Stadion"): hit.add(3)
            if (t == "LOC" and BUILD.match(txt(a, b))) or (t == "ORG" and txt(a, b).startswith("Pengadilan")): hit.add(4)
            if t == "ORG" and not CLUB.match(txt(a, b)): hit.add(8)
            if t == "LOC" and txt(a, b) in COUNTRIES: hit.add(9)
        units = [1 for t, a, b in sp if t == "LOC" and UNIT.match(txt(a, b))]
        if units and sum(1 for t, a, b in sp if t == "LOC") >= 2: hit.add(5)
        if any(t == "LOC" and txt(a, b).startswith("Jalan") for t, a, b in sp): hit.add(5)
        if not sp or any(g == "O" and tok in NONENT_O for tok, g in zip(toks, tags)) or (tags[0] == "O" and toks[0] not in TITLES_CAP and toks[0][:1].isupper() and toks[0].lower() not in TITLES): hit.add(6)
        for t, a, b in sp:
            if t != "PER": continue
            name = txt(a, b)
            ctx = set(toks[max(0, a - 4):a]); ctxl = [txt(x, y) for tt, x, y in sp if tt == "LOC" and y <= a and y >= a - 4]
            if (re.search(r"-|\bbin\b|\bAl\b|\bda\b|\bdel\b|\bJr\.", name) and not re.fullmatch(r"[A-Z]{2,4}", name)) or any(c in COUNTRIES and c not in ("Indonesia", "RI", "Republik Indonesia") for c in ctxl) or ctx & {"asal", "keturunan", "kelahiran", "naturalisasi", "berdarah"}:
                hit.add(2)
        if sum(1 for t, a, b in sp if t == "PER") >= 3: hit.add(10)
        for h in hit: C[h] += 1
    return dict(sentences=len(data), tokens=sum(len(t) for _, t, _ in data), entities=dict(ents), no_entity=noent,
                per_file=dict(per_file), heuristic_class_counts={k: C[k] for k in range(1, 11)}, primary_sections=dict(primary_classes()))
if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
