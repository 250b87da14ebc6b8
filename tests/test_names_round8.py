"""Name boundaries the recogniser gets wrong on regional news: Balinese and Buton name openings, rare
first names, tickets at a sentence start, names nobody's word list knows, a capitalised function word
after a name and ordinary words after a known regency. Text written for these tests."""
from kgtest import entities_of as _entities



def test_balinese_and_buton_names_keep_their_opening_word():
    found = _entities(
        "Seorang saksi bernama I Nyoman Sudira mengatakan truk itu oleng. Kepala Desa I Made Wirasana "
        "membenarkan kejadian itu. Sementara itu, KPU Kabupaten Buton Tengah menetapkan La Ode Kasmudin "
        "sebagai bupati terpilih.")
    persons = {n for n, t in found if t == "Person"}
    assert {"I Nyoman Sudira", "I Made Wirasana", "La Ode Kasmudin"} <= persons
    assert not {"Nyoman Sudira", "Made Wirasana", "Ode Kasmudin"} & persons
    assert ("I", "Place") not in found


def test_a_ticket_at_the_start_of_a_sentence_is_two_full_names():
    found = _entities(
        "Pasangan nomor urut 1 Haryono Sastrowardoyo-Wahyudi Kusumaningrat Hadi memperoleh 41.230 suara, "
        "sementara pasangan nomor urut 2 Bambang Purnomo-Rony Setiadi Indra Gunawan meraih 88.105 suara.")
    persons = {n for n, t in found if t == "Person"}
    assert {"Haryono Sastrowardoyo", "Wahyudi Kusumaningrat Hadi", "Bambang Purnomo",
            "Rony Setiadi Indra Gunawan"} <= persons


def test_names_no_word_list_knows_are_people():
    found = _entities(
        "Di partai kelima, pasangan Tetsuro Inamoto dan Daisuke Mikawa melawan Dimas Arya Pradana dan "
        "Galih Saputro. Jepang menang 21-18.")
    persons = {n for n, t in found if t == "Person"}
    assert "Tetsuro Inamoto" in persons
    assert not any(n.startswith("Pasangan") or n.startswith("Di ") for n in persons)


def test_a_capitalised_function_word_ends_a_persons_name():
    found = _entities("KPU menetapkan Sahrul Mubarok dan Ali Sadikin Sebagai Bupati dan Wakil Bupati Terpilih.")
    persons = {n for n, t in found if t == "Person"}
    assert "Ali Sadikin" in persons
    assert not any("Sebagai" in n for n in persons)


def test_ordinary_words_after_a_known_regency_are_not_its_name():
    found = _entities(
        "Rapat itu membacakan Penetapan Pimpinan DPRD Kabupaten Kebumen Masa Jabatan 2024-2029 di gedung "
        "dewan. Sementara itu, kantor PT Aneka Tambang berada di Jalan Medan Merdeka Timur.")
    names = {n for n, _ in found}
    assert not any("Masa Jabatan" in n for n in names)
    assert "Jalan Medan Merdeka Timur" in names
