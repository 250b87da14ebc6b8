"""Every declared kind on small hand-written documents: the event, its roles, place
and time, read from the parse tree of the shipped parser."""
import pytest

from event_markup import marked

# (marked-up text, kind, roles, place, time)
CASES = [
    ("[P Emmanuel Macron] bertemu dengan Presiden [P Prabowo Subianto] di [L Istana Merdeka], "
     "[L Jakarta], Rabu (28/5/2025).",
     "Meeting", {"participant": {"Emmanuel Macron", "Prabowo Subianto"}}, "Istana Merdeka", "2025-05-28"),
    ("Presiden [P Prabowo Subianto] menerima kunjungan Perdana Menteri [L Singapura] [P Lawrence Wong] "
     "di [L Istana Bogor], Senin (6/1/2025).",
     "Meeting", {"participant": {"Prabowo Subianto", "Lawrence Wong"}}, "Istana Bogor", "2025-01-06"),
    ("Menteri Luar Negeri [P Sugiono] tiba di [L Tokyo] pada Selasa (14/1/2025).",
     "Travel", {"traveler": {"Sugiono"}}, "Tokyo", "2025-01-14"),
    ("Direktur [O Bank Indonesia] [P Andi Wijaya] mengatakan inflasi terkendali, Senin (10/3/2025).",
     "Statement", {"speaker": {"Andi Wijaya"}}, None, "2025-03-10"),
    ("[O Kelompok Kriminal Bersenjata] menyerang pos [O TNI] di [L Nduga] pada Kamis (10/4/2025).",
     "Attack", {"agent": {"Kelompok Kriminal Bersenjata"}}, "Nduga", "2025-04-10"),
    ("Pasukan [L Thailand] dan [L Kamboja] bentrok di perbatasan dekat [L Ta Muen Thom], Kamis (24/7/2025).",
     "Clash", {"participant": {"Thailand", "Kamboja"}}, None, "2025-07-24"),
    ("[L Rusia] melancarkan invasi militer ke [L Ukraina] pada 24 Februari 2022.",
     "MilitaryCampaign", {"agent": {"Rusia"}}, None, "2022-02-24"),
    ("[O Polda Metro Jaya] menangkap [P Budi Santoso] di [L Bekasi], Selasa (11/3/2025).",
     "Arrest", {"agent": {"Polda Metro Jaya"}, "patient": {"Budi Santoso"}}, "Bekasi", "2025-03-11"),
    ("[O Komisi Pemberantasan Korupsi] menetapkan Bupati [L Sidoarjo] [P Ahmad Muhdlor] sebagai tersangka, "
     "Selasa (16/4/2024).",
     "Charge", {"agent": {"Komisi Pemberantasan Korupsi"}, "patient": {"Ahmad Muhdlor"}}, None, "2024-04-16"),
    ("Terdakwa [P Rafi Hakim] diadili di [O Pengadilan Negeri Jakarta Selatan], Selasa (11/2/2025).",
     "Trial", {"patient": {"Rafi Hakim"}}, None, "2025-02-11"),
    ("[O Pengadilan Negeri Denpasar] memvonis [P Liam Walsh] enam tahun penjara, Selasa (22/7/2025).",
     "Verdict", {"agent": {"Pengadilan Negeri Denpasar"}, "patient": {"Liam Walsh"}}, None, "2025-07-22"),
    ("[O Timnas Indonesia] mengalahkan [L Bahrain] 1-0 di [L Stadion Utama Gelora Bung Karno], "
     "Selasa (25/3/2025).",
     "SportsMatch", {"participant": {"Timnas Indonesia", "Bahrain"}, "winner": {"Timnas Indonesia"}},
     "Stadion Utama Gelora Bung Karno", "2025-03-25"),
    ("Gempa bermagnitudo 5,6 mengguncang [L Cianjur], Senin (21/11/2022).",
     "Disaster", {}, "Cianjur", "2022-11-21"),
    ("Sebuah bus terguling di [L Tol Cipularang], Senin (11/11/2024).",
     "Accident", {}, "Tol Cipularang", "2024-11-11"),
    ("[L Indonesia] dan [L Vietnam] menandatangani perjanjian perdagangan di [L Hanoi], Senin (10/3/2025).",
     "Agreement", {"participant": {"Indonesia", "Vietnam"}}, "Hanoi", "2025-03-10"),
    ("[O Bank Indonesia] menurunkan suku bunga acuan menjadi 5,75 persen, Rabu (15/1/2025).",
     "Decision", {"agent": {"Bank Indonesia"}}, None, "2025-01-15"),
    ("[P Park Jin-woo] terpilih sebagai presiden [L Korea Selatan], Selasa (3/6/2025).",
     "Election", {"winner": {"Park Jin-woo"}}, None, "2025-06-03"),
    ("[O Partai Gerindra] mengusung [P Rangga Adiwijaya] sebagai calon wali kota, Sabtu (22/2/2025).",
     "Nomination", {"agent": {"Partai Gerindra"}, "patient": {"Rangga Adiwijaya"}}, None, "2025-02-22"),
    ("[O PSSI] menunjuk [P Jean Lefebvre] sebagai pelatih timnas, Minggu (12/1/2025).",
     "Appointment", {"agent": {"PSSI"}, "patient": {"Jean Lefebvre"}}, None, "2025-01-12"),
    ("Presiden [P Prabowo Subianto] melantik [P Yusran Kailul] sebagai menteri di [L Istana Negara], "
     "Kamis (20/2/2025).",
     "Inauguration", {"agent": {"Prabowo Subianto"}, "patient": {"Yusran Kailul"}}, "Istana Negara",
     "2025-02-20"),
    ("Ribuan buruh [O Konfederasi Serikat Pekerja Indonesia] berunjuk rasa di depan [L Gedung DPR], "
     "Kamis (24/10/2024).",
     "Protest", {"agent": {"Konfederasi Serikat Pekerja Indonesia"}}, None, "2024-10-24"),
    # (the union strikes; the company of striking workers is no striker: tests/test_round54.py)
    ("Anggota [O Serikat Pekerja Samsung] mogok kerja di [L Seoul], Senin (8/7/2024).",
     "Strike", {"agent": {"Serikat Pekerja Samsung"}}, "Seoul", "2024-07-08"),
    ("[O PT Telkom] mengakuisisi [O PT Mitra Data] senilai Rp 1,5 triliun, Jumat (14/2/2025).",
     "Acquisition", {"agent": {"PT Telkom"}, "patient": {"PT Mitra Data"}}, None, "2025-02-14"),
    ("[O Toyota] berinvestasi di [L Indonesia] sebesar 2 miliar dolar AS, Kamis (6/3/2025).",
     "Investment", {"agent": {"Toyota"}}, None, "2025-03-06"),
    ("[L Jepang] menyalurkan bantuan kepada [L Myanmar] senilai 5 juta dolar AS, Senin (7/4/2025).",
     "Aid", {"agent": {"Jepang"}, "beneficiary": {"Myanmar"}}, None, "2025-04-07"),
    ("[O Partai Golkar] mendukung [P Ridwan Kamil] dalam pemilihan gubernur.",
     "Support", {"agent": {"Partai Golkar"}, "beneficiary": {"Ridwan Kamil"}}, None, None),
    ("[O BNPB] mencatat 27 orang meninggal dunia akibat banjir di [L Kabupaten Agam], Sabtu (11/5/2024).",
     "CasualtyReport", {"source": {"BNPB"}}, "Kabupaten Agam", "2024-05-11"),
]


def _roles(doc, e):
    out = {}
    for role, key in e.roles:
        out.setdefault(role, set()).add(doc.entities[key].name)
    return out


@pytest.mark.parametrize("text,kind,roles,place,time", CASES, ids=[c[1] for c in CASES])
def test_kind(read_events, text, kind, roles, place, time):
    doc = read_events(marked(text))
    found = [e for e in doc.events if e.kind == kind]
    assert found, f"no {kind} in {[e.kind for e in doc.events]}"
    e = found[0]
    got = _roles(doc, e)
    for role, names in roles.items():
        assert names <= got.get(role, set()), (role, got)
    if place:
        assert place in {doc.entities[p].name for p in e.places}
    if time:
        assert time in {t.value for t in e.times}


def test_every_declared_kind_has_a_case():
    from kg.events.kinds import declaration
    assert {c[1] for c in CASES} == set(declaration().kinds)
