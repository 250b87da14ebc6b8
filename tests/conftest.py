import pytest

from kgtest import SAMPLE, SAMPLE_PUBLISHED


@pytest.fixture(scope="session")
def sample_result():
    import kg
    return kg.build(SAMPLE.read_text(encoding="utf-8"), doc_id="haniyeh-tehran.id", published=SAMPLE_PUBLISHED)
