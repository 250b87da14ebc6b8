import pytest


@pytest.fixture(scope="session")
def parser():
    from kg.parse.parser import Parser
    return Parser()


@pytest.fixture(scope="session")
def read_events(parser):
    """Run the event stage (and the merge stage) on a marked-up document."""
    from kg.config import Config
    from kg.stages.events import EventStage
    from kg.stages.merge_events import merge_events
    stage = EventStage(parser)

    def run(doc, merge=True):
        doc = stage(doc, Config())
        return merge_events(doc) if merge else doc
    return run
