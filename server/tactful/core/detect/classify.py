"""Weigh the evidence of one message and decide its label.

Evidence comes from the wording (see ``lexicon``) and from structure: a calendar part,
a self-scheduling or meeting link, concrete proposed times, who sent it to whom.  The
label with the most weight wins when the message is about an interview at all and no
stronger sign (a rejection, an offer, a job alert...) says otherwise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tactful.core.detect.cues import (
    ABOUT_YOUR_CANDIDACY,
    AGREED_BEFORE,
    AGREED_IN_QUOTE,
    ANOTHER_TIME,
    AN_INTERVIEW,
    APOLOGY,
    ASSESSMENT_DONE,
    CALENDAR_INVITATION,
    CONFIRMS_OR_REMINDS,
    DIGIT,
    FOLLOWS_UP,
    HIRING_FOR_OURSELVES,
    HYPOTHETICAL,
    INTERVIEWS_IN_GENERAL,
    INTRO_CALL,
    MEETING_SOMEONE,
    ONE_INTERVIEW,
    QUESTION_MARK,
    SCREENING_CALL,
    SENTENCE_END,
    TEST_REMINDER,
    WRITERS_OWN_INTERVIEW,
    YOUR_TIME_FAILED,
)
from tactful.core.detect.lexicon import (
    ACKNOWLEDGES_APPLICATION,
    ARRANGED_LATER,
    ASKS_FOR_ANOTHER_TIME,
    ASKS_TO_BOOK,
    BODY_SIGNALS,
    INVITED_TO_INTERVIEW,
    MOVES_BOOKED_INTERVIEW,
    SUBJECT_ASKS_TO_RESCHEDULE,
    SUBJECT_SIGNALS,
    Kind,
    SignalIndex,
)
from tactful.core.model import Label
from tactful.core.subject import answers_or_forwards, topic


_POSITIVE = (Kind.INVITE, Kind.SCHEDULED, Kind.RESCHEDULE)
_NEGATIVE = (
    Kind.REJECTION,
    Kind.OFFER,
    Kind.JOB_ALERT,
    Kind.APPLICATION_RECEIVED,
    Kind.FEEDBACK,
    Kind.MARKETING,
    Kind.EVENT,
    Kind.OTHER_INTERVIEW,
    Kind.INTERNAL,
    Kind.COLD_OUTREACH,
    Kind.ASSESSMENT,
    Kind.CANDIDATE_REPLY,
    Kind.CANCELLED,
    Kind.POST_INTERVIEW,
    Kind.AUTO_REPLY,
)
_LABEL_OF = {Kind.INVITE: Label.INVITE, Kind.SCHEDULED: Label.SCHEDULED, Kind.RESCHEDULE: Label.RESCHEDULE_REQUEST}
_MIN_POSITIVE = 2.0
_QUOTED_CHARS = 2000
_ASSESSMENT_OVERRIDE = 4.0
_CONFIRMED = 2.5
_BODY = SignalIndex(BODY_SIGNALS)
_SUBJECT = SignalIndex(SUBJECT_SIGNALS)
_TOPIC = SignalIndex(tuple(signal for signal in BODY_SIGNALS if signal.kind in (Kind.INTERVIEW, Kind.HIRING)))
HYPOTHETICAL_REASON = "only says what happens if you are selected"
# Every reason a sign of an application only received gives (the hypothetical's too).
_APPLICATION_RECEIVED_REASONS = frozenset(
    [*(signal.reason for signal in (*BODY_SIGNALS, *SUBJECT_SIGNALS) if signal.kind is Kind.APPLICATION_RECEIVED),
     HYPOTHETICAL_REASON]
)


@dataclass(frozen=True)
class Evidence:
    """Everything besides wording that bears on the label."""

    subject: str
    newest_text: str
    quoted_text: str = ""
    ics_method: str | None = None
    ics_mentions_interview: bool = False
    scheduling_link: bool = False
    meeting_link: bool = False
    proposed_times: int = 0
    from_scheduling_tool: bool = False
    from_ats: bool = False
    from_recruiters: bool = False
    """Sent from a recruiting team's shared address ("careers@", "rekrutacja@")."""
    from_mailing_list: bool = False
    """Sent from a newsletter's or a digest's address ("newsletter@", "digest@")."""
    from_candidate: bool = False
    internal: bool = False
    names_role: bool = False
    personal_note: bool = False
    between_people: bool = False
    """From a personal address to personal addresses only: friends and family write so."""
    booked_by_someone_else: bool = False
    """A scheduling tool telling the reader, its host, that someone else booked a time."""


@dataclass(frozen=True)
class Verdict:
    label: Label
    confidence: float
    reasons: tuple[str, ...]
    is_assessment: bool


def _fold(text: str) -> str:
    """Lower case with every run of whitespace as one space, as the lexicon is written."""
    return " ".join(text.lower().split())


def _score(
    index: SignalIndex, text: str, scores: dict[Kind, float], reasons: list[str], scale: float = 1.0
) -> None:
    for signal in index.found(text):
        _add_weight(scores, signal.kind, signal.weight * scale)
        if signal.reason not in reasons:
            reasons.append(signal.reason)


INTERNAL_MAIL = "is internal mail between colleagues"
FROM_CANDIDATE = "sent from a personal address to an employer"
PERSONAL_NOTE = "a short note from an organisation to your personal address"
NOTHING_ABOUT_A_JOB = "nothing in it is about a job or an interview"
BETWEEN_PEOPLE = "a note between personal addresses that speaks of interviews only in general"


def mentions_hiring(*texts: str) -> bool:
    """Whether any of ``texts`` speaks of an interview or of a job (the cheap first look)."""
    return any(_TOPIC.found(_fold(text)) for text in texts if text)


def _add_weight(scores: dict[Kind, float], kind: Kind, weight: float) -> None:
    """Add evidence with diminishing returns.

    Several phrasings of one intent ("are you free…", "which times work…") usually come
    together; each further sign adds half of what it would add alone, so many weak
    signs of one kind cannot outvote one decisive sign of another.
    """
    current = scores.get(kind, 0.0)
    scores[kind] = max(current, weight) + 0.5 * min(current, weight)


def _add(scores: dict[Kind, float], reasons: list[str], kind: Kind, weight: float, reason: str) -> None:
    _add_weight(scores, kind, weight)
    reasons.append(reason)


def classify(evidence: Evidence) -> Verdict:
    """Label one message from its evidence, with a confidence and the reasons."""
    subject = _fold(evidence.subject)
    is_reply = answers_or_forwards(subject)
    subject = topic(subject)
    body = _fold(evidence.newest_text)
    # "If your profile fits, we would like to interview you" promises nothing yet.
    hypothetical = HYPOTHETICAL.search(body)
    if hypothetical:
        body = HYPOTHETICAL.sub(" ", body)
    scores: dict[Kind, float] = {}
    reasons: list[str] = []
    # A reply inherits its subject from the message it answers: it says less about this one.
    _score(_SUBJECT, subject, scores, reasons, scale=0.5 if is_reply else 1.0)
    invite_by_subject = scores.get(Kind.INVITE, 0.0)
    _score(_BODY, body, scores, reasons)
    body_asks = scores.get(Kind.INVITE, 0.0) > invite_by_subject
    if scores.get(Kind.ASSESSMENT) and TEST_REMINDER.search(body):
        # "Reminder: your assessment expires in 24 hours" reminds of the test, not an interview.
        scores.pop(Kind.SCHEDULED, None)
    if scores.get(Kind.ASSESSMENT) and ASSESSMENT_DONE.search(body):
        # "Loved your take-home - can you do Monday to go through it?": the test is behind
        # the reader; what the mail asks for is the meeting about it.
        del scores[Kind.ASSESSMENT]
        reasons[:] = [reason for reason in reasons if reason != _describe(Kind.ASSESSMENT)]
        reasons.append("talks about a test already done")
    if hypothetical:
        _add(scores, reasons, Kind.APPLICATION_RECEIVED, 2.5, HYPOTHETICAL_REASON)
    _score(_TOPIC, subject, scores, reasons, scale=0.5)
    if evidence.quoted_text and not scores.get(Kind.INTERVIEW):
        quoted: dict[Kind, float] = {}
        # The message just answered sits at the top of the quote; that is enough to know
        # what the thread is about, however long the history below it.
        _score(_TOPIC, _fold(evidence.quoted_text[:_QUOTED_CHARS]), quoted, [])
        if quoted.get(Kind.INTERVIEW):
            _add(scores, reasons, Kind.INTERVIEW, 0.5, "replies in a thread about an interview")
        elif quoted.get(Kind.HIRING):
            _add(scores, reasons, Kind.HIRING, 0.5, "replies in a thread about a job")
    if is_reply and evidence.quoted_text and FOLLOWS_UP.search(body) and _quote_invites(evidence.quoted_text):
        # "Just following up on the below - still interested?": the nudge repeats the invitation.
        _add(scores, reasons, Kind.INVITE, _MIN_POSITIVE, "follows up on the invitation it quotes")
    # Words about a job (or a job title), not only who writes to whom.
    job_context = bool(scores.get(Kind.HIRING)) or evidence.names_role
    if evidence.between_people and not job_context and INTERVIEWS_IN_GENERAL.search(body) \
            and not (AN_INTERVIEW.search(body) or AN_INTERVIEW.search(subject)):
        # "Congrats on all the interviews! Coffee Saturday?": a friend, not an employer.
        scores.pop(Kind.INTERVIEW, None)
        reasons.append(BETWEEN_PEOPLE)
    if evidence.personal_note and not scores.get(Kind.HIRING) and not any(scores.get(kind) for kind in _NEGATIVE):
        # Who writes to whom says a note may be about a job; any sign of something else wins.
        _add(scores, reasons, Kind.HIRING, 0.5, PERSONAL_NOTE)
    if evidence.names_role:
        _add(scores, reasons, Kind.HIRING, 0.5, "names a job title")

    calendar_text = evidence.ics_method is None and CALENDAR_INVITATION.search(body) is not None
    if evidence.ics_method == "REQUEST" or calendar_text:
        # The calendar's mail read as text must name the interview itself: its event title
        # ("Dentist - Dr. Huang") reads too easily as a job title.
        if evidence.ics_mentions_interview or scores.get(Kind.INTERVIEW) or job_context and not calendar_text:
            _add(scores, reasons, Kind.INTERVIEW, 1.0, "is a calendar invitation for an interview" if calendar_text
                 else "has a text/calendar REQUEST part for an interview")
            if scores.get(Kind.SCHEDULED, 0.0) >= _CONFIRMED or AGREED_BEFORE.search(body) \
                    or not body_asks and not evidence.scheduling_link:
                # A calendar entry for an interview records a time fixed ("As agreed, here's
                # the invite", or the calendar's own mail with nothing asked around it); it
                # invites only when its words ask ("accept if the time works, or propose
                # another", "I've put a tentative hold in").
                _add_weight(scores, Kind.SCHEDULED, 3.0)
            else:
                _add_weight(scores, Kind.INVITE, 2.0)
                _add_weight(scores, Kind.SCHEDULED, 1.0)
        else:
            reasons.append("is a calendar invitation" if calendar_text else "has a text/calendar REQUEST part")
    elif evidence.ics_method == "CANCEL":
        _add(scores, reasons, Kind.CANCELLED, 3.0, "has a text/calendar CANCEL part")
    if evidence.scheduling_link:
        _add(scores, reasons, Kind.INVITE, 1.5, "has a self-scheduling link")
    if evidence.meeting_link:
        _add(scores, reasons, Kind.SCHEDULED, 0.5, "has a video-meeting link")
    if evidence.proposed_times:
        _add(scores, reasons, Kind.INVITE, 0.5 + 0.5 * min(evidence.proposed_times, 3) / 3,
             f"names {evidence.proposed_times} concrete time{'s' if evidence.proposed_times > 1 else ''}")
    if evidence.from_scheduling_tool:
        reasons.append("sender domain is a scheduling tool")
        if INTRO_CALL.search(body) and not scores.get(Kind.HIRING) and not any(scores.get(k) for k in _NEGATIVE):
            # In a job seeker's inbox an intro or screening call booked through Calendly
            # and the like is part of an application; sales and events say what they are.
            _add(scores, reasons, Kind.HIRING, 0.5, "a call booked through a scheduling tool")
    elif evidence.from_ats:
        _add(scores, reasons, Kind.HIRING, 1.0, "sender is an applicant tracking system")
    elif evidence.from_recruiters:
        _add(scores, reasons, Kind.HIRING, 0.5, "sent from a recruiting team's address")
    if evidence.from_mailing_list:
        _add(scores, reasons, Kind.MARKETING, 4.0, "sent from a newsletter or digest address")
    if evidence.booked_by_someone_else:
        _add(scores, reasons, Kind.OTHER_INTERVIEW, 5.0, "tells you, the host, that someone booked a time with you")
    if evidence.from_candidate:
        _add(scores, reasons, Kind.CANDIDATE_REPLY, 3.0, FROM_CANDIDATE)
    if evidence.internal:
        # Colleagues write about hiring other people; an internal candidate is addressed as one.
        weight = 1.0 if ABOUT_YOUR_CANDIDACY.search(body) else 4.0
        _add(scores, reasons, Kind.INTERNAL, weight, INTERNAL_MAIL)
    if is_reply and scores.get(Kind.CANDIDATE_REPLY):
        scores[Kind.CANDIDATE_REPLY] += 1.0

    if evidence.proposed_times and MOVES_BOOKED_INTERVIEW not in reasons \
            and (APOLOGY.search(body) or SUBJECT_ASKS_TO_RESCHEDULE in reasons and not is_reply) \
            and ANOTHER_TIME.search(body) and not YOUR_TIME_FAILED.search(body):
        # "Sorry, I have to be at another store Saturday - can you do Sunday, same time?", or
        # under a subject about a change of time: "Could you do Friday at 11:00 instead?"
        _add(scores, reasons, Kind.RESCHEDULE, 4.0, MOVES_BOOKED_INTERVIEW)
    _timed_interview(evidence, subject, body, scores, reasons, job_context, is_reply)
    # Named times make cold outreach concrete, and so does a booking link the mail asks you
    # to use for a screening call, or for a chat with the employer about its own opening
    # ("we're hiring our first designer - grab any slot"); an agency's intro chat's link, or
    # one in a signature, does not.
    concrete = bool(evidence.proposed_times) or (
        evidence.scheduling_link and ASKS_TO_BOOK in reasons
        and bool(SCREENING_CALL.search(body) or HIRING_FOR_OURSELVES.search(body))
    )
    return _decide(scores, reasons, concrete=concrete)


def _timed_interview(
    evidence: Evidence, subject: str, body: str, scores: dict[Kind, float], reasons: list[str], job_context: bool,
    is_reply: bool,
) -> None:
    """An interview named together with concrete times is one being set, even when no
    stock phrase says so ("it'd be myself and Eoin, Tuesday the 24th at 1:30 or Wednesday
    at 10").  Several times, or one time asked about in a question, are options to choose
    from; one time stated with words that confirm or remind, or in answer to mail that
    agreed to it, is the time agreed; one time set otherwise asks you to come then.

    The interview must be one ("your interview", "a video interview"), in the body, the
    subject or, in a reply, the message answered ("Then let's do Wednesday at 3 instead"),
    not interviews in general, or a meeting with someone in mail about a job ("you'll meet
    Aylin", "notre rendez-vous de demain pour le poste", "open to a 20-minute intro call?");
    any sign of something else leaves the message alone."""
    # Between friends' personal addresses, with nothing about a job, a time is their own.
    if evidence.between_people and not job_context:
        return
    if not evidence.proposed_times or max(scores.get(kind, 0.0) for kind in _POSITIVE) >= _MIN_POSITIVE \
            or any(scores.get(kind) for kind in _NEGATIVE if kind is not Kind.APPLICATION_RECEIVED) \
            or scores.get(Kind.APPLICATION_RECEIVED) and _more_than_thanks_for_applying(reasons):
        return
    if not (ONE_INTERVIEW.search(body) or ONE_INTERVIEW.search(subject)
            or job_context and (MEETING_SOMEONE.search(body) or MEETING_SOMEONE.search(subject))
            or is_reply and ONE_INTERVIEW.search(evidence.quoted_text[:_QUOTED_CHARS].lower())):
        return
    if evidence.proposed_times > 1:
        _add(scores, reasons, Kind.INVITE, _MIN_POSITIVE, "names several times for an interview")
    elif _asks_about_a_number(body):
        _add(scores, reasons, Kind.INVITE, _MIN_POSITIVE, "asks whether a time suits you for an interview")
    elif WRITERS_OWN_INTERVIEW.search(body):
        return
    elif CONFIRMS_OR_REMINDS.search(body) or CONFIRMS_OR_REMINDS.search(subject) \
            or is_reply and AGREED_IN_QUOTE.search(evidence.quoted_text[:_QUOTED_CHARS].lower()):
        _add(scores, reasons, Kind.SCHEDULED, _MIN_POSITIVE, "states the interview time agreed")
    else:
        _add(scores, reasons, Kind.INVITE, _MIN_POSITIVE, "sets a time for an interview and asks you to come")


def _quote_invites(quoted_text: str) -> bool:
    """Whether the message just answered, at the top of the quote, reads as an invitation."""
    scores: dict[Kind, float] = {}
    _score(_BODY, _fold(quoted_text[:_QUOTED_CHARS]), scores, [])
    return scores.get(Kind.INVITE, 0.0) >= _MIN_POSITIVE and not any(scores.get(kind) for kind in _NEGATIVE)


def _more_than_thanks_for_applying(reasons: list[str]) -> bool:
    """Whether a sign of an application only received is more than the thanks that often
    opens an invitation ("Thanks for applying! Could you do Thursday 10-11?")."""
    return any(reason in _APPLICATION_RECEIVED_REASONS and reason != ACKNOWLEDGES_APPLICATION for reason in reasons)


def _asks_about_a_number(body: str) -> bool:
    """Whether a question holds a number: "Would Thursday the 3rd at 10:00 suit you?"."""
    questions = QUESTION_MARK.split(body)[:-1]
    return any(DIGIT.search(SENTENCE_END.split(question)[-1]) for question in questions)


def _decide(scores: dict[Kind, float], reasons: list[str], concrete: bool) -> Verdict:
    """``concrete``: the message names a time or asks you to book one through its link."""
    is_assessment = scores.get(Kind.ASSESSMENT, 0.0) > 0
    if MOVES_BOOKED_INTERVIEW in reasons and scores.get(Kind.INVITE, 0.0) >= scores.get(Kind.RESCHEDULE, 0.0):
        # Asking to move a booked interview usually asks for new availability too: the
        # availability is in service of the move, so the move decides the label.
        scores[Kind.RESCHEDULE] = scores[Kind.INVITE] + 0.5
    if scores.get(Kind.CANCELLED):
        if ASKS_FOR_ANOTHER_TIME in reasons or MOVES_BOOKED_INTERVIEW in reasons and (
            concrete or scores.get(Kind.INVITE)
        ):
            # Cancelling and asking for, or offering, another time (a time, a booking link,
            # a question of availability) moves the interview rather than ending it.
            scores[Kind.RESCHEDULE] = max(scores.get(Kind.RESCHEDULE, 0.0), scores[Kind.CANCELLED] + 0.5)
        else:
            # "Sorry to do this, I need to cancel your interview": the apology moves nothing.
            scores.pop(Kind.RESCHEDULE, None)
    positive_kind = max(_POSITIVE, key=lambda kind: (scores.get(kind, 0.0), -_POSITIVE.index(kind)))
    positive = scores.get(positive_kind, 0.0)
    if positive_kind is Kind.RESCHEDULE and positive >= _MIN_POSITIVE and ARRANGED_LATER in reasons:
        # "Thursday's interview needs to move; I'll come back to you with times": the move
        # is asked now, only its new times come later.
        scores.pop(Kind.APPLICATION_RECEIVED, None)
    names_interview = scores.get(Kind.INTERVIEW, 0.0) > 0
    about_interview = names_interview or (scores.get(Kind.HIRING, 0.0) > 0 and positive >= _MIN_POSITIVE)
    if (
        scores.get(Kind.COLD_OUTREACH)
        and INVITED_TO_INTERVIEW not in reasons
        and MOVES_BOOKED_INTERVIEW not in reasons
        and not concrete
    ):
        scores[Kind.COLD_OUTREACH] += positive
    invited_to_interview = INVITED_TO_INTERVIEW in reasons
    confirmed = scores.get(Kind.SCHEDULED, 0.0) >= _CONFIRMED
    if is_assessment and positive < _ASSESSMENT_OVERRIDE and not invited_to_interview and not confirmed:
        # Mail about a test mentions interviews ("after the test we'll schedule an interview",
        # "this is not an interview"); only a clear invitation outweighs the test itself.
        scores[Kind.ASSESSMENT] += positive
    negative_kind = max(_NEGATIVE, key=lambda kind: scores.get(kind, 0.0))
    negative = scores.get(negative_kind, 0.0)

    if is_assessment:
        reasons.append("a take-home or coding assessment is not an interview, but you can still reply")
    if not about_interview:
        reasons.append("nothing in it asks you to an interview")
        return Verdict(Label.NOT_INVITE, _confidence(2.0 + negative - positive / 2), tuple(reasons), is_assessment)
    margin = _margin(negative_kind, FROM_CANDIDATE in reasons, about_a_job=scores.get(Kind.HIRING, 0.0) > 0)
    if positive < _MIN_POSITIVE or negative >= positive + margin:
        if positive >= _MIN_POSITIVE:
            reasons.append(f"outweighed: it {_describe(negative_kind)}")
        return Verdict(Label.NOT_INVITE, _confidence(1.0 + negative - positive / 2), tuple(reasons), is_assessment)
    runner_up = max(scores.get(kind, 0.0) for kind in _POSITIVE if kind is not positive_kind)
    confidence = _confidence(positive - max(negative, runner_up))
    return Verdict(_LABEL_OF[positive_kind], confidence, tuple(reasons), is_assessment)


def _margin(kind: Kind, from_candidate: bool, about_a_job: bool) -> float:
    """How much a negative sign must outweigh the positive ones to win.

    Rejections, offers and alerts are decisive; an acknowledgement of an application or a
    polite thank-you often precedes a real invitation in the same mail, so those must win
    by a clear margin.  An interview of another kind (a podcast, a study) with nothing
    about a job is that other kind however warmly it invites.
    """
    if kind is Kind.OTHER_INTERVIEW and not about_a_job:
        return -math.inf
    if kind in (Kind.REJECTION, Kind.OFFER, Kind.JOB_ALERT, Kind.FEEDBACK, Kind.EVENT, Kind.OTHER_INTERVIEW, Kind.AUTO_REPLY):
        return -1.0
    if kind is Kind.CANDIDATE_REPLY and from_candidate:
        # A personal address writing to an employer is the candidate, whatever it asks.
        return -math.inf
    if kind is Kind.INTERNAL:
        return 0.0
    if kind is Kind.CANCELLED:
        return 0.5
    return 1.0


def _describe(kind: Kind) -> str:
    if kind is Kind.INTERNAL:
        return INTERNAL_MAIL
    return next(signal.reason for signal in BODY_SIGNALS if signal.kind is kind)


def _confidence(margin: float) -> float:
    return round(0.5 + 0.49 * (1 - math.exp(-max(margin, 0.0) / 2)), 3)
