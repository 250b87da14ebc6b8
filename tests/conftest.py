import pytest

from kgtest import SAMPLE, SAMPLE_PUBLISHED, assert_valid


@pytest.fixture(scope="session")
def sample_result():
    import kg
    result = kg.build(SAMPLE.read_text(encoding="utf-8"), doc_id="haniyeh-tehran.id", published=SAMPLE_PUBLISHED)
    assert_valid(result.rdf, "sample")
    return result
