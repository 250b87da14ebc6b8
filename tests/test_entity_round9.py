"""Entity rules of round 9, from the causes counted on real pages (read locally, never kept);
each test uses text written for it (invented people, real places)."""
from kgtest import pipeline_doc


def _entities(text):
    doc = pipeline_doc(text, use_model=True)
    return {(e.name, e.type) for e in doc.entities.values() if e.mentions}


def test_introduced_initials_are_one_person_each_time_they_are_written():
    found = _entities(
        "Polres Sleman menangkap dua pemuda berinisial AP (24) dan KS (19) di Kecamatan Depok. "
        "Menurut polisi, AP mengendarai sepeda motor curian itu.\n"
        "Kasatreskrim Polres Sleman AKP Dwi Haryanto mengatakan KS ditangkap sehari kemudian.")
    assert {("AP", "Person"), ("KS", "Person")} <= found
    assert not any(n == "Associated Press" for n, _ in found)


def test_a_single_letter_is_no_person():
    found = _entities(
        "Kejaksaan Negeri Klaten menahan kepala desa berinisial R pada Senin (3/3/2025). "
        "Tersangka R diduga memakai dana desa untuk keperluan pribadi.")
    assert not any(n == "R" for n, _ in found)
