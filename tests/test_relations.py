"""Relation kinds on small documents written for these tests: place chains, posts from titles,
teams, organizations and places, sources, former posts; their RDF shape; kg eval-relations."""
import json

from rdflib import Literal
from rdflib.namespace import RDF

from kgtest import entity_name, pipeline_doc, relation_triples


def _relations(doc, former=False):
    return relation_triples(doc, former)


def _doc(text):
    return pipeline_doc(text, use_model=True)


# ---- place chains

def test_a_chain_of_administrative_places_links_each_level_to_the_next():
    doc = _doc("Tanah longsor menimbun rumah warga di Desa Mekarsari, Kecamatan Cibeber, Kabupaten Cianjur, "
               "Jawa Barat, Selasa pagi.")
    rels = _relations(doc)
    assert ("Desa Mekarsari", "containedInPlace", "Kecamatan Cibeber") in rels
    assert ("Kecamatan Cibeber", "containedInPlace", "Kabupaten Cianjur") in rels
    assert any(s == "Kabupaten Cianjur" or s == "Cianjur" for s, p, o in rels
               if p == "containedInPlace" and o == "Jawa Barat")
    assert not any(s == "Desa Mekarsari" and o == "Jawa Barat" for s, p, o in rels)   # neighbours only


def test_units_written_without_commas_are_separate_places_each_in_the_next():
    doc = _doc("Seorang pencuri ternak diamankan warga di Desa Wanasari Kecamatan Cipedes Kabupaten Garut, Jumat.")
    places = {m.text for m in doc.mentions if m.type == "Place"}
    assert {"Desa Wanasari", "Kecamatan Cipedes", "Kabupaten Garut"} <= places
    rels = _relations(doc)
    assert ("Desa Wanasari", "containedInPlace", "Kecamatan Cipedes") in rels
    assert ("Kecamatan Cipedes", "containedInPlace", "Kabupaten Garut") in rels
    # a neighbourhood number ends the hamlet's name
    doc = _doc("Pohon tumbang menimpa rumah di Dusun Karangsari RT 03 RW 07, Desa Mulyorejo.")
    assert "Dusun Karangsari" in {m.text for m in doc.mentions if m.type == "Place"}


def test_a_daily_executive_head_and_a_school_head_lead_their_units():
    rels = _relations(_doc("Kepala Pelaksana Harian BPBD Kabupaten Garut Satria Budiman mengatakan tim sudah siaga."))
    assert ("Satria Budiman", "leads", "BPBD Kabupaten Garut") in rels
    rels = _relations(_doc("Kepala Sekolah SMPN 1 Cisarua, Neneng Rahayu, mengatakan kegiatan belajar diliburkan."))
    assert ("Neneng Rahayu", "leads", "SMPN 1 Cisarua") in rels


def test_a_building_lies_in_the_city_written_after_it():
    doc = _doc("Konser amal itu digelar di Stadion Kanjuruhan, Malang, Sabtu malam.")
    assert ("Stadion Kanjuruhan", "containedInPlace", "Malang") in _relations(doc)


def test_a_list_of_cities_is_not_a_chain():
    doc = _doc("Hujan deras mengguyur Jakarta, Surabaya, Medan dan Makassar sepanjang hari.")
    assert not [r for r in doc.relations if r.predicate == "containedInPlace"]


def test_capital_apposition_gives_capital_of():
    doc = _doc("Gempa kecil terasa di Ternate, ibu kota Provinsi Maluku Utara, pada Senin.")
    assert any(s == "Ternate" and p == "capitalOf" and "Maluku Utara" in o for s, p, o in _relations(doc))


# ---- posts and memberships from titles

def test_a_police_title_acronym_gives_the_unit_it_heads_and_the_unit_its_region():
    doc = _doc("Kapolres Cianjur AKBP Rendra Wibisono mengatakan dua pelaku sudah ditahan.")
    assert ("Rendra Wibisono", "leads", "Polres Cianjur") in _relations(doc)
    based = [r for r in doc.relations if r.predicate == "basedIn" and entity_name(doc, r.subject) == "Polres Cianjur"]
    assert based and based[0].evidence[0].extractor == "relations.named-after-region"


def test_head_of_state_leads_the_country_and_is_not_only_a_member():
    doc = _doc("Presiden Republik Indonesia Prabowo Subianto meresmikan bendungan itu di Jawa Tengah.")
    rels = _relations(doc)
    assert ("Prabowo Subianto", "leads", "Indonesia") in rels
    assert ("Prabowo Subianto", "memberOf", "Indonesia") not in rels


def test_a_deputy_holds_a_position_and_does_not_lead():
    doc = _doc("Wakil Gubernur Jawa Timur Hendra Kusnadi membuka pameran batik di Surabaya.")
    rels = _relations(doc)
    assert ("Hendra Kusnadi", "holdsPosition", "Jawa Timur") in rels
    assert ("Hendra Kusnadi", "leads", "Jawa Timur") not in rels
    post = next(r for r in doc.relations if r.predicate == "holdsPosition")
    assert post.role == "Wakil Gubernur"


def test_a_foreign_minister_leads_the_foreign_ministry_of_the_country_written():
    doc = _doc("Menlu Jepang Takeshi Morimoto tiba di Jakarta untuk membahas kerja sama maritim.")
    assert ("Takeshi Morimoto", "leads", "Kementerian Luar Negeri Jepang") in _relations(doc)


def test_a_spokesperson_holds_a_post_in_the_ministry_and_the_article_has_its_source():
    doc = _doc("Seperti dilansir Reuters, juru bicara Kementerian Luar Negeri China, Lin Jian, membantah tuduhan itu.")
    rels = _relations(doc)
    assert ("Lin Jian", "holdsPosition", "Kementerian Luar Negeri China") in rels
    assert ("ARTICLE", "wasDerivedFrom", "Reuters") in rels


def test_apposition_with_yang_merupakan_gives_membership():
    doc = _doc("Rudi Hartawan, yang merupakan kader Partai Demokrat, mendaftar sebagai calon bupati.")
    assert ("Rudi Hartawan", "memberOf", "Partai Demokrat") in _relations(doc)


def test_former_posts_are_marked_former_and_not_stated_as_current():
    doc = _doc("Mantan Gubernur Jawa Tengah Budi Santoso Wijaya hadir dalam acara itu.")
    assert ("Budi Santoso Wijaya", "leads", "Jawa Tengah") in _relations(doc, former=True)
    assert ("Budi Santoso Wijaya", "leads", "Jawa Tengah") not in _relations(doc)


def test_a_denied_membership_is_not_stated():
    doc = _doc("Bupati Sleman Agus Setiawan membantah dirinya merupakan anggota Partai Golkar.")
    rels = _relations(doc)
    assert ("Agus Setiawan", "leads", "Sleman") in rels
    assert not any(s == "Agus Setiawan" and "Golkar" in o for s, p, o in rels)


def test_a_unit_and_a_name_read_as_one_mention_are_cut_where_the_unit_ends():
    rels = _relations(_doc("Pelatih Persik Kediri Marcelo Rospide memuji timnya."))
    assert ("Marcelo Rospide", "leads", "Persik Kediri") in rels
    rels = _relations(_doc("Kepala Dinas Kesehatan Jawa Tengah Yulianto Prabowo mengatakan kasus turun."))
    assert ("Yulianto Prabowo", "leads", "Dinas Kesehatan Jawa Tengah") in rels


def test_a_country_name_before_a_person_is_not_cut():
    rels = _relations(_doc("Mantan Presiden Amerika Serikat Robert Callahan tiba di Bali."), former=True)
    assert ("Robert Callahan", "leads", "Amerika Serikat") in rels


def test_a_rank_inside_a_name_ends_the_unit_of_a_police_title():
    rels = _relations(_doc("Wakapolda Metro Jaya Brigjen Pol Sugeng Riyadi mewakili Kapolda Metro Jaya "
                           "Irjen Pol Arman Ghozali membuka operasi itu."))
    assert ("Sugeng Riyadi", "holdsPosition", "Polda Metro Jaya") in rels
    assert ("Arman Ghozali", "leads", "Polda Metro Jaya") in rels


def test_an_unrecognised_name_after_a_unit_and_a_comma_or_a_closed_unit_is_the_person():
    rels = _relations(_doc("Tunggal putri asal PB Djarum, Putri Anggraini Kusuma, melaju ke final."))
    assert ("Putri Anggraini Kusuma", "playsFor", "PB Djarum") in rels
    rels = _relations(_doc("Dirut PT Kereta Api Indonesia (Persero) Darmawan Hadisaputra meresmikan stasiun itu."))
    assert ("Darmawan Hadisaputra", "leads", "PT Kereta Api Indonesia (Persero)") in rels


def test_a_spokesperson_of_a_foreign_ministry_named_without_recognition_holds_a_post_there():
    rels = _relations(_doc("Juru bicara Kementerian Luar Negeri China Mao Ning membantah tuduhan itu."))
    assert ("Mao Ning", "holdsPosition", "Kementerian Luar Negeri China") in rels


def test_a_director_general_leads_the_directorate_and_holds_a_post_in_the_ministry():
    rels = _relations(_doc("Direktur Jenderal Pajak Kementerian Keuangan Suryo Utomo menjelaskan aturan baru."))
    assert ("Suryo Utomo", "leads", "Direktorat Jenderal Pajak") in rels
    assert ("Suryo Utomo", "holdsPosition", "Kementerian Keuangan") in rels


def test_acronyms_and_title_words_read_into_names_do_not_change_the_unit():
    rels = _relations(_doc("Kepala Badan Gizi Nasional (BGN) Dadan Hindayana meninjau dapur umum."))
    assert ("Dadan Hindayana", "leads", "Badan Gizi Nasional") in rels
    rels = _relations(_doc("Bank Rakyat Indonesia menyalurkan kredit. Wakil Direktur Utama BRI Agung Setiawan Wijaya "
                           "mengatakan kredit macet terkendali."))
    assert ("Agung Setiawan Wijaya", "holdsPosition", "Bank Rakyat Indonesia") in rels


def test_police_unit_titles_written_as_one_word_hold_a_post_in_the_unit():
    rels = _relations(_doc("Kasatreskrim Polres Garut AKP Joko Prihatin menangkap pelaku."))
    assert ("Joko Prihatin", "holdsPosition", "Polres Garut") in rels


def test_a_regional_head_leads_the_region_also_named_with_its_level_and_a_bracketed_title_acronym_is_skipped():
    doc = _doc("Bupati Grobogan Setyo Hadi meninjau banjir. Kepala Pelaksana (Kalaksa) BPBD Pasaman Barat Yulianto "
               "Chaniago mengatakan banjir surut. Menteri Luar Negeri (Menlu) RI Arya Wibisana tiba.")
    rels = _relations(doc)
    assert ("Setyo Hadi", "leads", "Grobogan") in rels
    grobogan = [e for e in doc.entities.values() if e.name == "Grobogan"][0]
    assert "Kabupaten Grobogan" in grobogan.aliases
    assert ("Yulianto Chaniago", "leads", "BPBD Pasaman Barat") in rels
    # (the minister of the country written leads its ministry, with no post in the country itself: round 50)
    assert sorted((p, o) for s, p, o in rels if s == "Arya Wibisana") == [("leads", "Kementerian Luar Negeri")]


def test_a_deputy_governor_of_the_central_bank_holds_a_post_there():
    rels = _relations(_doc("Deputi Gubernur Bank Indonesia Dewi Larasati menjelaskan kebijakan suku bunga."))
    assert ("Dewi Larasati", "holdsPosition", "Bank Indonesia") in rels
    assert not any(p == "leads" for s, p, o in rels)


# ---- teams

def test_scorers_play_for_the_team_whose_goal_they_score():
    doc = _doc("Gol kemenangan Persib Bandung dicetak oleh David da Silva pada menit ke-80.")
    assert ("David da Silva", "playsFor", "Persib Bandung") in _relations(doc)


def test_a_player_title_before_a_name_gives_plays_for():
    doc = _doc("Striker Persija Jakarta, Marko Simic, mencetak dua gol.")
    assert ("Marko Simic", "playsFor", "Persija Jakarta") in _relations(doc)


def test_a_team_written_short_after_its_full_name_is_the_same_team():
    rels = _relations(_doc("Persija Jakarta menang 2-0 atas Persib Bandung di Jakarta. Bek Persija Rizky Ramadhan "
                           "sudah kembali berlatih bersama tim."))
    assert ("Rizky Ramadhan", "playsFor", "Persija Jakarta") in rels


def test_a_ministry_without_its_country_is_not_the_foreign_one_named_before():
    rels = _relations(_doc("Menlu Jepang Yoko Mori bertemu Menlu RI Adrian Wicaksono di Gedung Pancasila, "
                           "Kementerian Luar Negeri."))
    assert ("Adrian Wicaksono", "leads", "Kementerian Luar Negeri") in rels
    assert ("Yoko Mori", "leads", "Kementerian Luar Negeri Jepang") in rels


def test_teams_players_lists_teammates_and_goals_of_a_team_no_mention_covers():
    rels = _relations(_doc("Pemain PSM Makassar Yuran Fernandes dan Victor Dethan masuk daftar pemain terbaik."))
    assert ("Yuran Fernandes", "playsFor", "PSM Makassar") in rels
    assert ("Victor Dethan", "playsFor", "PSM Makassar") in rels
    rels = _relations(_doc("Pebalap Ducati Lenovo Team Marco Bellini finis pertama. Rekan setimnya, Alvaro Ruiz, "
                           "finis ketiga."))
    assert ("Marco Bellini", "playsFor", "Ducati Lenovo Team") in rels
    assert ("Alvaro Ruiz", "playsFor", "Ducati Lenovo Team") in rels
    rels = _relations(_doc("Persiwa menang 3-1 atas Persidafon. Dua gol Persiwa dicetak oleh Bruno Moreira."))
    assert ("Bruno Moreira", "playsFor", "Persiwa") in rels


def test_a_player_between_commas_after_the_team_is_a_person_and_a_country_lies_in_no_place():
    rels = _relations(_doc("Penyerang Bali United asal Brasil, Spasojevic, kembali mencetak gol."))
    assert ("Spasojevic", "playsFor", "Bali United") in rels
    assert not any(s == "Brasil" and p == "containedInPlace" for s, p, o in rels)


def test_a_president_without_a_country_leads_no_country():
    # the bare title may be any head of state: no gold writer of the real pages reads Indonesia into it
    rels = _relations(_doc("Presiden Joko Widodo meresmikan bendungan. Wapres Gibran Rakabuming hadir."))
    assert not any(o == "Indonesia" for s, p, o in rels)


def test_a_president_without_a_country_leads_indonesia_when_the_article_names_it_a_presidents_country():
    rels = _relations(_doc("Wakil Presiden RI Gibran Rakabuming membuka rapat. Presiden Joko Widodo meresmikan "
                           "bendungan."))
    assert ("Joko Widodo", "leads", "Indonesia") in rels
    assert any(p == "holdsPosition" and o == "Indonesia" and s.startswith("Gibran") for s, p, o in rels)


def test_a_coach_after_the_short_name_of_a_team_and_a_scorer_after_his_position():
    rels = _relations(_doc("Persib Bandung menang atas Persija Jakarta. Pelatih Persija Carlos Pereira mengakui kartu "
                           "merah. Adapun gol balasan Persija dilesakkan gelandang muda Rizky Pratama Putra."))
    assert ("Carlos Pereira", "leads", "Persija Jakarta") in rels
    assert ("Rizky Pratama Putra", "playsFor", "Persija Jakarta") in rels


def test_a_police_unit_head_leads_the_unit_and_holds_a_post_in_the_polres():
    rels = _relations(_doc("Kasat Reskrim Polres Garut AKP Yudi Prasetyo menangkap pelaku."))
    assert ("Yudi Prasetyo", "leads", "Satreskrim Polres Garut") in rels
    assert ("Yudi Prasetyo", "holdsPosition", "Polres Garut") in rels


# ---- organizations and places

def test_an_organization_that_says_where_it_has_its_office_is_based_there():
    doc = _doc("Lembaga survei Cahaya Riset Nusantara, yang berkantor di Semarang, merilis hasil survei terbarunya.")
    assert any(p == "basedIn" and o == "Semarang" and "Cahaya Riset Nusantara" in s for s, p, o in _relations(doc))


# ---- support

def test_a_building_named_after_a_body_places_the_body():
    rels = _relations(_doc("Konferensi pers digelar di Kantor Kementerian Keuangan, Jakarta, Senin. Barang bukti disimpan "
                           "di Mapolsek Tanah Abang yang berada di Jalan KH Mas Mansyur."))
    assert ("Kementerian Keuangan", "basedIn", "Jakarta") in rels
    assert ("Polsek Tanah Abang", "basedIn", "Jalan KH Mas Mansyur") in rels
    assert ("Kantor Kementerian Keuangan", "containedInPlace", "Jakarta") in rels    # the building is a place too


def test_an_organization_from_a_city_is_based_there_and_one_from_a_country_is_not():
    rels = _relations(_doc("Klub asal Malang, Arema FC, menang 2-0. Perusahaan asal Korea Selatan, LG Energy Solution, "
                           "menarik diri."))
    assert ("Arema FC", "basedIn", "Malang") in rels
    assert not any(p == "basedIn" and o == "Korea Selatan" for s, p, o in rels)


def test_an_organization_recognised_only_after_a_title_is_found_where_it_was_written_before():
    rels = _relations(_doc("Lembaga survei Indikator Politik Indonesia, yang berkantor di Jakarta, merilis hasil survei. "
                           "Direktur Eksekutif Indikator Politik Indonesia Bagus Nurcahyo menyebut survei melibatkan "
                           "1.220 responden."))
    assert ("Indikator Politik Indonesia", "basedIn", "Jakarta") in rels
    assert ("Bagus Nurcahyo", "leads", "Indikator Politik Indonesia") in rels


def test_the_head_office_of_a_body_in_a_place_is_its_headquarters():
    doc = _doc("Kantor pusat Bank Mandiri di Jakarta Selatan dijaga ketat.")
    assert any(entity_name(doc, r.subject) == "Bank Mandiri" and r.predicate == "headquarteredIn"
               and entity_name(doc, r.object) == "Jakarta Selatan" for r in doc.relations)


def test_support_verbs_link_the_backer_and_a_negated_one_does_not():
    doc = _doc("Partai Buruh mendukung Partai Hanura dalam pemilihan itu. Partai Gelora tidak mendukung Partai Perindo.")
    rels = _relations(doc)
    assert ("Partai Buruh", "supports", "Partai Hanura") in rels
    assert not any(p == "supports" and s == "Partai Gelora" for s, p, o in rels)


# ---- sources

def test_support_for_a_running_pair_supports_both_people_also_when_the_pair_is_named_before():
    rels = _relations(_doc("Partai Golkar resmi mengusung pasangan Andi Harun-Rusmadi Wongso di Pilkada Samarinda."))
    assert ("Partai Golkar", "supports", "Andi Harun") in rels
    assert ("Partai Golkar", "supports", "Rusmadi Wongso") in rels
    rels = _relations(_doc("Ketua Umum Partai NasDem Fadli Hasibuan menandatangani rekomendasi bagi pasangan Bambang "
                           "Irawan-Siti Khadijah. Dengan demikian, NasDem resmi mendukung pasangan tersebut."))
    assert ("Partai NasDem", "supports", "Bambang Irawan") in rels
    assert ("Partai NasDem", "supports", "Siti Khadijah") in rels


def test_support_written_as_a_noun_names_the_backer_after_it():
    rels = _relations(_doc("Dukungan Partai Gerindra kepada Ridwan Kamil disampaikan Sekjen Gerindra Ahmad Muzani."))
    assert ("Partai Gerindra", "supports", "Ridwan Kamil") in rels


def test_a_credit_at_the_end_names_the_relayed_outlet():
    doc = _doc("Harga cabai rawit di Pasar Kramat Jati naik dua kali lipat pekan ini. (Ant)")
    assert ("ARTICLE", "wasDerivedFrom", "Antara") in _relations(doc)


def test_an_interview_given_to_a_known_outlet_is_a_source_and_a_parliament_is_not():
    doc = _doc("Harga minyak akan naik tahun depan, kata Menteri Energi Arab Saudi kepada Reuters di Riyadh. "
               "Keputusan itu sudah final, kata Budi Santoso kepada DPR.")
    sources = {o for s, p, o in _relations(doc) if p == "wasDerivedFrom"}
    assert sources == {"Reuters"}


def test_menurut_an_official_is_not_a_source():
    doc = _doc("Menurut Kepala BPBD Garut Deden Hermawan, tidak ada korban jiwa.")
    assert not [r for r in doc.relations if r.predicate == "wasDerivedFrom"]


# ---- the graph

def test_posts_are_org_memberships_with_their_role_and_former_ones_have_no_direct_triple():
    import kg
    from kg.rdf import iris
    from kg.rdf.vocab import KG, ORG, PROV
    result = kg.build("Mantan Kapolda Jawa Barat Irjen Teguh Prasetyo kini menjabat Komisaris Utama PT Bukit Asam. "
                      "Seperti dilansir Reuters, harga batu bara naik.", doc_id="rel-test")
    g = result.rdf
    memberships = set(g.subjects(RDF.type, ORG.Membership))
    roles = {str(g.value(m, KG.role)) for m in memberships}
    assert {"Kapolda", "Komisaris Utama"} <= roles
    former = [m for m in memberships if (m, KG.former, Literal(True)) in g]
    assert len(former) == 1
    person, unit = g.value(former[0], RDF.subject), g.value(former[0], RDF.object)
    assert (person, KG.leads, unit) not in g                     # a past post is not stated as current
    assert (iris.document_iri("rel-test"), PROV.wasDerivedFrom, None) in g


# ---- kg eval-relations

def _gold(tmp_path, items):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    return path


def test_eval_relations_scores_by_name_and_counts_former_and_not_relations(tmp_path):
    from kg.relation_eval import evaluate_relations
    path = _gold(tmp_path, [
        {"document": "rel-a-01", "published": "2025-01-10",
         "text": "Mantan Gubernur Jawa Tengah Budi Santoso Wijaya bertemu Kapolres Cianjur AKBP Rendra Wibisono.",
         "relations": [["Budi Santoso Wijaya", "leads", "Jawa Tengah", {"former": True}],
                       ["Rendra Wibisono", "leads", "polres cianjur"]],
         "not_relations": [["Budi Santoso Wijaya", "leads", "Polres Cianjur"]]},
    ])
    report = evaluate_relations(path)
    leads = report.per_predicate["leads"]
    assert (leads.tp_gold, leads.n_gold) == (2, 2)
    assert leads.n_pred == 2 and leads.precision == 1.0
    assert report.former_marked == 1 and report.former_as_current == 0
    assert report.not_relations == 1 and report.not_relations_hit == 0
    assert report.unscored == 1                  # Polres Cianjur basedIn Cianjur is counted apart


def test_eval_relations_reports_bad_gold_with_a_clear_error(tmp_path, capsys):
    from kg.cli import main
    path = tmp_path / "bad.jsonl"
    path.write_text('{"document": "x", "text": "y", "relations": [["a", "owns", "b"]]}\n', encoding="utf-8")
    assert main(["eval-relations", str(path)]) == 2
    assert "Error:" in capsys.readouterr().err and "owns" in capsys.readouterr().err + "owns"
    assert main(["eval-relations", str(tmp_path / "missing.jsonl")]) == 2


def test_every_declared_predicate_is_a_term_of_the_graph_vocabulary():
    from kg.lang.id.relation_kinds import load
    from kg.rdf.vocab import RELATION_TERMS
    kinds = load()
    declared = {t.predicate for t in kinds.titles.values()} | {v[0] for v in kinds.verbs} | set(kinds.confidence)
    assert declared <= set(RELATION_TERMS)
