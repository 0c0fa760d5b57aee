"""The phrases that carry meaning in recruiting mail, grouped by what they signal.

Each ``Signal`` is one piece of evidence with a weight and the reason shown to the user.
Patterns run on lower-cased text with runs of whitespace folded to one space, so they
are written in lower case with single spaces.  They describe how hiring mail is worded
in general (ATS templates, recruiters' notes, calendar tools), never one corpus.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from enum import Enum

import ahocorasick

from tactful.core.detect.anchors import (
    Alternatives,
    Requirement,
    is_boundary,
    is_common_group,
    leading_literals,
    rarest_group,
    max_width,
    required_literals,
    required_punctuation,
    search_from_word,
    starts_at_word,
)
from tactful.core.detect.cues import GROUP_GREETINGS, INTERVIEW_NOUNS_ELSEWHERE, STEP_WITH_SOMEONE


class Kind(str, Enum):
    """Which way a piece of evidence points."""

    HIRING = "hiring"
    INTERVIEW = "interview"
    CALL = "call"
    INVITE = "invite"
    SCHEDULED = "scheduled"
    RESCHEDULE = "reschedule"
    APPLICATION_RECEIVED = "application_received"
    REJECTION = "rejection"
    OFFER = "offer"
    JOB_ALERT = "job_alert"
    ASSESSMENT = "assessment"
    FEEDBACK = "feedback"
    COLD_OUTREACH = "cold_outreach"
    MARKETING = "marketing"
    OTHER_INTERVIEW = "other_interview"
    INTERNAL = "internal"
    EVENT = "event"
    CANDIDATE_REPLY = "candidate_reply"
    CANCELLED = "cancelled"
    POST_INTERVIEW = "post_interview"
    AUTO_REPLY = "auto_reply"


@dataclass(frozen=True)
class Phrase:
    """One wording, with the literals it cannot match without (see ``anchors``)."""

    requirement: Requirement
    pattern: re.Pattern[str]
    at_word_start: bool
    width: int
    """The longest text a match can span."""

    def found_in(self, text: str) -> bool:
        """Whether the phrase occurs anywhere in ``text``."""
        return self._search(text, 0, len(text))

    def found_near(self, text: str, ends: list[int], length: int) -> bool:
        """Whether the phrase occurs in ``text`` around the occurrences of one of its
        literals (``length`` characters, ending at ``ends`` in order): each occurrence
        gives the span that holds every match of at most ``width`` characters containing
        it; overlapping spans are merged, and each is searched once it is complete."""
        size = len(text)
        low = high = -1
        for end in ends:
            start, stop = max(0, end + 1 - self.width), min(size, end + 1 - length + self.width)
            if high >= 0 and start <= high:
                high = max(high, stop)
                continue
            if high >= 0 and self._search(text, low, high):
                return True
            low, high = start, stop
        return high >= 0 and self._search(text, low, high)

    def found_at(self, text: str, starts_after: list[int], length: int) -> bool:
        """Whether a match starts at one of the occurrences (``length`` characters, ending
        at ``starts_after``) of a literal that every match begins with: one anchored try
        at each, instead of a search of the span around it."""
        for end in starts_after:
            start = end + 1 - length
            if (not self.at_word_start or is_boundary(text, start)) and self.pattern.match(text, start) is not None:
                return True
        return False

    def _search(self, text: str, low: int, high: int) -> bool:
        if self.at_word_start:
            match = search_from_word(self.pattern, text, low, high)
        else:
            match = self.pattern.search(text, low, high)
        while match is not None:
            # A match in a window cut off at ``high`` may only exist because of the cut: the
            # cut may fall inside the match or inside what a lookahead reads after it.
            if high == len(text) or self.pattern.match(text, match.start()) is not None:
                return True
            position = match.start() + 1
            match = (search_from_word(self.pattern, text, position, high) if self.at_word_start
                     else self.pattern.search(text, position, high))
        return False


@dataclass(frozen=True)
class Signal:
    kind: Kind
    weight: float
    reason: str
    phrases: tuple[Phrase, ...]



def _phrase(pattern: str) -> Phrase:
    at_word_start = starts_at_word(pattern)
    body = pattern[2:] if at_word_start else pattern
    return Phrase(required_literals(pattern), re.compile(body), at_word_start, max_width(pattern))


def _signal(kind: Kind, weight: float, reason: str, *phrases: str) -> Signal:
    return Signal(kind, weight, reason, tuple(_phrase(p) for p in phrases))


MOVES_BOOKED_INTERVIEW = "asks to move an interview already booked"
SUBJECT_ASKS_TO_RESCHEDULE = "subject asks to reschedule"
INVITED_TO_INTERVIEW = "invites you to an interview"
ASKS_FOR_ANOTHER_TIME = "asks you to pick another time"
ASKS_TO_BOOK = "asks you to book a time"
ACKNOWLEDGES_APPLICATION = "only acknowledges an application"
ARRANGED_LATER = "says the interview will be arranged later"

_INTERVIEW_NOUN = (
    r"interview|phone screen|screening call|screening interview|phone screening|recruiter screen"
    r"|recruiter call|intro(?:ductory)? call|technical (?:screen|round|call|session)|hiring manager"
    r"|on-?site|panel|final round|next round|first round|second round|video call|coffee chat"
    r"|chat with (?:the )?team|conversation with (?:our|the) team"
)

BODY_SIGNALS: tuple[Signal, ...] = (
    _signal(
        Kind.INTERVIEW,
        1.0,
        "talks about an interview",
        r"\binterview(?:s|ing|ed|er|ers)?\b",
        r"\bphone screen(?:ing)?\b",
        r"\bevent type: [^.\n]{0,40}\b(?:onsite|on-site|interview|screen|screening)\b",
        r"\bscreening (?:call|interview)\b",
        r"\brecruiter (?:screen|call)\b",
        r"\btechnical (?:screen|round|interview|call|session)\b",
        r"\btech screen\b",
        r"\btelephonic (?:round|interview|discussion)\b|\bwalk-?in (?:interview|drive)\b",
        # Civil-service hiring calls its interview an oral board or examination; academia, a campus visit.
        r"\boral (?:board|exam|examination|interview)s?\b|\bcampus (?:visit|interview)s?\b",
        r"\b(?:onsite|on-site|interview|final|your) loop\b",
        r"\byour interviewers?\b",
        r"\byou(?:'ll| will) be meeting\b",
        r"\b(?:first|second|third|final|next) round\b",
        r"\bon-?site (?:visit|loop|day)\b",
        r"\bpanel (?:interview|session|conversation)\b",
        r"\bhirevue\b",
        r"\bone-way video\b",
        r"\b(?:technical|coding|design|system design|behavio(?:u)?ral|case|culture|final|panel) "
        r"(?:round|session|exercise interview)\b",
        r"\bround of interviews?\b",
        r"\bl[1-3] (?:round|interview)\b",
        r"\b(?:your|the|an|a|virtual) on-?site\b",
        r"\bmeet (?:the|our|my) (?:[\w-]{1,20} )?team (?:on[- ]?site|in person|at (?:our|the) (?:office|studio|site))\b",
        r"\b(?:\d(?:st|nd|rd|th)|first|second|third|final|next|last) (?:stage|round)s?\b",
        r"\bround (?:\d|one|two|three|four)\b",
        rf"\b(?:{INTERVIEW_NOUNS_ELSEWHERE}|gesprek|gespräch)",
        r"面接|面談|面试|面試|면접",
        r"\btrial (?:shift|day|session)\b",
        r"\bsit[- ]down (?:with|w)\b",
        r"\b(?:async(?:hronous)?|recorded|one-way|on-demand) video (?:round|interview|questions|screen)\b",
        r"\b(?:pairing|pair programming|coding|whiteboard|case study|system design) (?:session|exercise|interview)\b",
        r"\bsuperday\b",
        STEP_WITH_SOMEONE,
        r"\bassessment (?:centre|center|day)\b",
    ),
    _signal(
        Kind.CALL,
        0.5,
        "proposes a call or a meeting",
        r"\b(?:intro(?:ductory)?|quick|short|brief|initial|first|exploratory|informal|discovery|video|"
        r"phone|zoom|teams) (?:call|chat|conversation|meeting)\b",
        r"\b(?:hop|jump|get) on (?:a )?(?:quick )?(?:call|zoom|phone)\b",
        r"\b(?:meet|chat|talk|speak) (?:with you|over coffee|in person)\b",
        r"\b(?:grab|have) (?:a )?(?:coffee|\d{1,4} minutes|a few minutes)\b",
        r"\bget to know you\b",
        r"\b(?:first|next) step (?:is|would be|will be)\b",
        r"\b(?:come in|stop by|pop in) (?:on|to|for|at)\b",
        r"\b\d{1,4}[- ]?(?:minute|min|hour)s? (?:conversation|call|chat|video call|zoom)\b",
    ),
    _signal(
        Kind.HIRING,
        0.5,
        "is about a job application",
        r"\b(?:your )?application\b",
        r"\bcandidate\b",
        r"\bcandidacy\b",
        r"\b(?:the|this|a|our) (?:role|position|opening|opportunity|vacancy)\b",
        r"\bhiring (?:team|manager|mgr|process)\b",
        r"\brecruit(?:er|ing|ment)\b",
        r"\btalent (?:acquisition|team|partner)\b",
        r"\b(?:with|from) talent\b",
        r"\bwe(?:'re| are) looking for (?:a|an|our|someone)\b",
        r"\bwe(?:'re| are) hiring\b",
        r"\bhiring (?:a|an|our|for|my)\b",
        r"\b(?:role|position|opening|vacancy|requisition)\b",
        r"\b(?:recruiting|recruitment) (?:coordinator|manager|lead|partner|team)\b",
        r"\b(?:sourcer|recruiter|people & culture|people and culture|human resources|hr (?:manager|executive|"
        r"business partner|generalist|team))\b",
        r"\byour (?:resume|cv|background|experience|profile)\b",
        # "vi tu cv", "ho visto il tuo curriculum", "recebi o teu CV", "dein Lebenslauf".
        # Each pair written out whole, so that the index files the phrase under these rare words,
        # not under "ton" or "din", which most texts hold.
        r"\b(?:" + "|".join(f"{owner} {noun}" for owner in (
            "tu", "tuo", "teu", "seu", "su", "votre", "ton", "dein", "ihr", "ihren", "deinen", "je", "uw", "ditt", "din",
            "dit", "twoje", "twój") for noun in ("cv", "curriculum", "currículum", "lebenslauf")) + r")\b",
        # Hiring in Japanese, Chinese and Korean: "エンジニアを探していて", "採用", "招聘", "채용".
        r"採用|募集|求人|を探して(?:いて|います|おり)|招聘|招人|채용|모집|구인",
        r"\b(?:applying|applied) (?:to|for|at)\b",
        # "We're looking for" a person in other languages: "cerchiamo una cameriera", "vi behöver någon".
        r"\b(?:cerchiamo|stiamo cercando|buscamos|estamos buscando|nous recherchons|nous cherchons|on cherche"
        r"|procuramos|estamos procurando|wir suchen|vi söker|vi behöver|zoeken wij|we zoeken|szukamy) "
        r"(?:un|una|uno|un'|une|a|um|uma|einen|eine|någon|en|ett|een|iemand|kogoś|osob\w+)\b"
        r"(?! (?:data|fecha|date|horário|horario|orario|termin|tid|datum|momento|moment)\b)",
        r"\bposto di\b",
        r"\b(?:personalabteilung|recursos humanos|ressources humaines|risorse umane|recrutamento|reclutamiento"
        r"|recrutement|rekrutacj\w|rrhh|talent acquisition|personalreferent\w*)\b",
        r"\b(?:poste|candidature|bewerbung|stelle|vacature|sollicitatie|vaga|candidatura|puesto|vacante|posizione"
        r"|stanowisko|tjänst(?:en)?|rekrytering|ansökan|ansøgning|søknad(?:en)?|stilling(?:en)?|pozic[ei]|životopis"
        r"|başvuru\w*|pozisyon\w*|trabajo|empleo|chamba|emprego|trabalho|vị trí|職位|职位|应聘|應徵|aansoek|maombi yako)\b",
    ),
    _signal(
        Kind.INVITE,
        2.5,
        INVITED_TO_INTERVIEW,
        r"\binvite you (?:to|for) (?:an?|the|your|our)? ?(?:\w{1,30}[ -]){0,3}(?:" + _INTERVIEW_NOUN + r")",
        r"\b(?:test|assessment|exercise|presentation|tour)\w* (?:followed by|and then) (?:a|an|your) (?:[\w-]+ ){0,2}"
        r"interview\b",
        r"\bplease (?:come|report) for (?:a |an |the |your )?(?:[\w-]+ ){0,4}interview\b",
        r"\b(?:like|love|happy|pleased|excited|delighted) to (?:invite|schedule|set up|arrange|"
        r"book|line up|move forward with|proceed with|invite you|shortlist you|hold|have you (?:in|come|meet|speak|interview|join us)) ",
        # "Here is the calendar invite for your panel interview" sends a calendar entry.
        r"(?<!who to )(?<!whom to )(?<!calendar )(?<!meeting )(?<!teams )(?<!zoom )(?<!the )"
        r"\binvit(?:e|ing|ation) (?:you )?(?:to|for) (?:an?|the|your)? ?(?:\w{1,30}[ -]){0,3}(?:"
        + _INTERVIEW_NOUN
        + r")",
        r"\b(?:you(?:'ve| have) been|you are|you're) (?:selected|shortlisted)\b",
        # "you're through to the next stage of the programme: a recorded video interview".
        r"\b(?:you(?:'re| are)|you(?:'ve| have) (?:moved|progressed|advanced|gone|got)) through to the next (?:stage|round|step)\b"
        r"[^.!?\n]{0,100}\binterview\b",
        r"\byour (?:profile|application|cv|resume) (?:has|have) been shortlisted\b",
        r"\b(?:you(?:'ve| have) been|you are|you're) invited (?:to|for) (?:(?:participate|take part) in )?"
        r"(?:an?|the|your)? ?(?:\w{1,30}[ -]){0,3}"
        r"(?:interview|call|screen|conversation|chat|round|on-?site|assessment cent(?:re|er)|assessment day|superday)",
        r"(?<!not to )\bmove (?:you )?forward (?:to|with) (?:an?|the) (?:\w{1,30}[ -]){0,3}(?:" + _INTERVIEW_NOUN + r")",
        r"\binterview invitation\b",
        r"(?<!may )(?<!might )\binvite you\b(?! to apply| to complete| to take| to join our talent| to events"
        r"| to (?:our|a|an|the) (?:webinar|event|career|"
        r"info|information|networking|open house|talent))",
        r"\b(?:would|'d) (?:like|love) to\b[^.?!\n]{0,60}\b(?:interview|call|chat|meet|speak|talk|conversation|"
        r"get to know|set up|schedule)",
        r"\b(?:confirm|acknowledge) (?:your )?(?:availability|attendance|participation|slot)\b",
        r"\b(?:reply|respond|revert) (?:back )?with your confirmation\b",
        r"\b(?:la|ti|vi) preghiamo di (?:darci |dare |voler )?conferm\w*",
        r"\b(?:veuillez |merci de )?confirmer votre présence\b",
        r"\bconfirm(?:a|e|ar) (?:tu|su|sua|a sua) (?:asistencia|presencia|presença)\b",
        r"\blet (?:me|us) know (?:if|that|whether) you (?:can|could|are able to) (?:attend|make it|join)\b",
        r"\b(?:bitte bestätigen sie (?:den|diesen|ihren) termin|merci de (?:nous )?confirmer (?:votre|ce|le) (?:créneau|rendez-vous|disponibilit)"
        r"|confirm(?:a|e)(?:nos|-nos|me)? (?:tu|su|sua|a|o) (?:asistencia|disponibilidad|presença|disponibilidade))",
        r"\bplease (?:confirm|acknowledge) (?:this mail|receipt|if (?:this|the) (?:time|slot))",
        r"\b(?:kindly |please )?revert (?:back )?with (?:your |the )?confirmation\b",
        r"\b(?:reply|respond|get back to me|let me know) with (?:your )?(?:preference|preferred|a time|"
        r"the (?:time|slot|option))",
        r"\b(?:two|three|four|a few|some|several|the following) (?:slots|time ?slots|times)\b",
        # "Here are some options", not "I'll come back to you next week with some options".
        r"(?<!with )\b(?:two|three|four|a few|some|several|the following) options\b",
        r"\bmy suggestion\b",
        r"\b(?:would|'d) (?:like|love) (?:you|for you) to (?:come in|come into|come to|come by|come over|join us|meet|chat"
        r"|interview)\b",
        r"\bcome in for (?:a|an|the) (?:chat|interview|trial|conversation|meeting)\b",
        r"\bkom (?:je|jij|u) [^.?!\n]{0,40}\blangs\b",
        r"\b(?:happy|glad|pleased|delighted|love) to meet (?:with )?you\b",
        r"\breply (?:yes|y) to confirm\b",
        r"\b(?:reply|respond|write back|email me) to confirm\b|\bi(?:'ve| have) (?:got )?you (?:down|pencil(?:l)?ed in) for\b",
        r"\b(?:reply|rsvp|respond|confirm) (?:by replying |by responding )?(?:with )?[\"'“]?(?:yes|y|confirmed?)\b",
        r"\b(?:nos gustar[ií]a|quisi[eé]ramos) invitar",
        # "Nos gustaría tener una primera llamada contigo"; "pour un premier échange téléphonique"; "ti propongo".
        r"\b(?:nos|me) gustar[ií]a (?:tener|hacer|mantener|realizar|agendar|programar|concertar|organizar) (?:contigo |con usted )?"
        r"(?:una|un) (?:primera |breve |pequeña |corta )?(?:llamada|videollamada|entrevista|conversación|charla|reunión)\b",
        r"\bpour (?:un|une) (?:premier |premi[eè]re |court |courte |bref |br[eè]ve )?(?:échange|entretien|appel|rencontre)"
        r"(?: téléphonique| en visio)?\b",
        r"\bti propongo\b",
        r"\bte invitamos\b(?! a (?:seguir|postular|aplicar|visitar|consultar|estar|conocer nuestr|revisar))",
        r"\b(?:te|le) (?:queda bien|conviene|viene bien|parece bien)\b",
        r"\b(?:fica bom|funciona para (?:voc[eê]|ti))\b",
        r"\bmove you (?:on )?to the next (?:stage|round|step)\b",
        r"\b(?:a couple of|two or three|a few|some) (?:alternatives|alternative times)\b",
        r"(?<!with )\b(?:a couple of|two or three) options\b",
        r"\bgostar[ií]amos de (?:te |o |a )?convidar",
        r"\bseria poss[ií]vel\b",
        r"\bzaprasza(?:m|my) (?:(?:pana|panią|cię|państwa)(?:/(?:pana|panią))? )?na\b",
        r"\bprosimy o potwierdzenie (?:udziału|obecności)\b",
        r"\b(?:möchten|würden) (?:wir )?(?:sie|dich) (?:gern |gerne )?(?:zu|kennenlernen)",
        r"\b(?:möchten|würden) (?:wir )?(?:sie|dich|euch) (?:gern |gerne )?[^.!?\n]{0,60}\bkennenlernen\b",
        r"\bnous (?:aimerions|souhaiterions|voudrions) vous (?:inviter|rencontrer|proposer)",
        r"\b(?:würde|möchte|würden|möchten) (?:ich|wir) (?:gerne? )?mit (?:ihnen|dir|euch) [^.!?\n]{0,60}"
        r"\b(?:führen|sprechen|telefonieren)\b",
        r"\bseriez-vous disponible\b",
        r"\buitnodigen voor (?:een )?(?:gesprek|sollicitatiegesprek|kennismaking)",
        r"\bnodig(?:en)? (?:je|u|jou) (?:graag )?uit\b|\bnodigen (?:we|wij) (?:je|u|jou) (?:graag )?uit\b",
        r"\bpozv\w{1,6} (?:na|k) (?:\w+ )?pohovor\w*|\bmülakat\w* davet\w*|\bgörüşme\w* davet\w*",
        r"\buitnooi vir 'n onderhoud\b|\bkukualika kwa mahojiano\b",
        r"\b(?:invitere|inviterer|bjuda in|bjuder in) (?:dig|deg|er|jer) (?:til|till) (?:en |et )?(?:[\w-]+ )?(?:samtale|samtal|intervju|"
        r"jobsamtale|jobintervju|anställningsintervju)",
        r"\blad(?:en|e) (?:wir |ich )?(?:sie|dich|euch) (?:gerne? )?(?:zu|für) [^.!?\n]{0,60}\bein\b",
        r"\bfolgende termine\b|\btermine stehen zur auswahl\b|\bmögliche termine\b|\bterminvorschläge?\b",
        r"\b(?:hätten|haben) (?:sie|du) (?:\w+ )?interesse an (?:einem|einem ersten|einem kurzen) (?:[\w-]+ )?"
        r"(?:gespräch|austausch|telefonat|call)\b",
        r"\b(?:convid\w{0,6}|convoquer|invit(?:ar|arte|arle|arla|arlo|amos|arti|are)|vous inviter|einzuladen|einladen|einladung"
        r"|conocerte|conocerle|conhecê-l[oa]|conhecer você|conoscerti|conoscerla|vous rencontrer"
        r"|uitnodig\w{0,4}|zaprosi\w{0,4}|vous invitons)\b[^.!?\n]{0,60}(?:\b(?:entrevista|entretien|entrevue|gespr(?:ä|ae)ch"
        r"|colloquio|rozmow)|gesprek)",
        r"\b(?:je vous propose|nous vous proposons|te propongo|le propongo|vi proponiamo|le proponiamo"
        r"|(?:wir )?schlagen (?:ihnen )?(?:folgende|zwei|drei|einen|die folgenden)|proponho|propomos"
        r"|stel(?:len)? (?:ik|we) (?:je |u )?voor)\b",
        r"\b(?:want|wanna|like) to (?:grab|get|have|do) (?:a )?(?:quick )?(?:video |phone |zoom )?(?:coffee|lunch|call|chat)\b",
        r"\b(?:i'm|i am|we're|we are|she's|he's|they're|i've got|i have|we've got) (?:free |around |available |open )?(?:on |at |from )?"
        r"(?:tomorrow|tmrw|today|mon|tue|tues|wed|weds|thu|thurs|fri|monday|tuesday|wednesday|thursday|friday) "
        r"(?:at |from |after |before )?(?:\d|noon|morning|afternoon)",
        r"\b(?:get|grab|find|book) (?:\d{1,3} ?min(?:ute)?s?|some time|time|a few minutes) (?:with you|on your calendar)\b",
        r"\bonce we (?:land on|settle on|agree on|lock in|find) (?:something|a time|a slot)\b",
        r"\bwhich (?:\w+ )?you(?:'d| would)? prefer\b",
        r"\b(?:want|wanna|like|free|able) to (?:hop|jump|get) on (?:a )?(?:quick )?(?:call|zoom|phone|teams|video)\b",
        r"\b(?:we(?:'d| would)|i(?:'d| would)) like to propose\b",
        r"\bpropose (?:a|the|some|two|three|these) (?:times?|dates?|slots?)\b",
        r"\b(?:hit|click) accept\b",
        r"\baccept (?:the|this|my) (?:hold|placeholder)\b",
        r"\b(?:placeholder|tentative hold)\b",
        r"\bwe(?:'ll| will) do (?:an?|the|your) (?:quick |short |first |brief )?(?:interview|chat|call)\b",
        r"\bcome (?:in )?(?:and )?meet (?:the|our|my) (?:[\w-]+ )?team\b",
        r"\b(?:come (?:by|in|into|over|down)|stop by|swing by|pop in|pop into|drop into|drop by)\b[^.?!\n]{0,40}\b(?:tomorrow|today|tmrw|monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|\d{1,2}(?::\d\d)? ?(?:am|pm))\b",
        r"\binvited you to (?:(?:complete|take|record|join) )?(?:an?|the|your)? ?(?:\w{1,30}[ -]){0,3}"
        r"(?:interview|call|screen|conversation)",
        r"\b(?:proposed|suggested|possible) (?:dates|times|slots|date|time)\b",
        r"\blet'?s do (?:\w{1,12} ){0,3}(?:at )?\d{1,2}(?:[:.]\d\d)?\b",
        r"\b(?:confirm|let (?:me|us) know) (?:if|whether) (?:the|this|that|these) (?:date|time|slot|day)s?\b",
        r"\binterview (?:proposal|request)\b",
        r"\binvitation to (?:an? )?(?:\w{1,30}[ -]){0,2}interview\b",
        r"\bke liye (?:invite|bulaya) (?:kiya|kar rahe|karte)\b",
        r"(?:诚邀|邀请)您(?:参加)?[^。\n]{0,10}面试|是否方便|方便吗",
        r"\bzapraszamy (?:pana|panią|cię)? ?(?:do|na) (?:kolejn\w+|następn\w+|drugi\w*) (?:etap\w*|rozmow\w*)",
    ),
    _signal(
        Kind.INVITE,
        2.0,
        "names the next step",
        r"\bnext step (?:is|would be|will be) (?:an?|to) (?!(?:[\w-]+ ){0,3}(?:test|assessment|exercise|questionnaire|task)\b)",
    ),
    _signal(
        Kind.INVITE,
        2.0,
        "asks for your availability",
        r"\b(?:saresti|sarebbe|sei) disponibile\b|\b(?:estarías|estaría|estás) disponible\b|\bwären sie verfügbar\b"
        r"|\bhätten sie zeit\b|\b(?:ben je|bent u|zou je|zou u) beschikbaar\b|\b(?:estaria|estarias) disponível\b",
        r"\bhar du tid\b|\bpasser (?:tidspunktet|det (?:dig|deg))\b|\b(?:gelebilir|uygun|müsait) mi(?:siniz|sin)\b"
        r"|\bvyhovuje\b|\bzullen we\b[^.?!\n]{0,40}\b(?:bellen|afspreken|spreken|zien|videobellen)\b"
        r"|\b(?:hast du|hätten sie) lust auf (?:einen|ein)\b"
        r"|\blust auf (?:einen|ein) (?:kurzen |kurzes |ersten |erstes )?(?:call|gespräch|telefonat|kennenlernen|austausch)\b",
        r"\byour availability\b(?! to (?:join|start))",
        # The same ask in Spanish, French, Italian, Portuguese and German: "¿Qué disponibilidad tienes esta
        # semana?", "Pourriez-vous m'indiquer vos disponibilités", "la tua disponibilità", "Ihre Verfügbarkeit".
        r"\b(?:qué|cuál(?:es)?) (?:es |son )?(?:tu|su) disponibilidad\b|\bqué disponibilidad (?:tienes|tiene|tendrías|tendría)\b"
        r"|\b(?:indícame|indíqueme|dime|díganos|dinos|envíame|mándame|pásame|compárteme|indícanos) (?:tu|su) disponibilidad\b",
        r"\b(?:m'indiquer|me communiquer|me transmettre|me donner|nous indiquer|nous communiquer|me faire part de"
        r"|nous faire part de) (?:vos|tes) disponibilités\b|\bquelles (?:sont )?(?:vos|tes) disponibilités\b",
        r"\b(?:la tua|la sua|le tue|le sue) disponibilità\b|\bti andrebbe di\b|\bquando (?:saresti|sei|sarebbe) (?:libero|libera)\b",
        r"\bqual (?:a |é a )?(?:sua|tua) disponibilidade\b|\b(?:me )?(?:envie|mande|passe|informe) (?:a )?(?:sua|tua) disponibilidade\b",
        r"\bihre verfügbarkeit(?:en)?\b|\bwann (?:hätten|haben) sie zeit\b",
        r"참석 가능 여부|참석 가능하신지|가능한 (?:시간|일정)|가능하신 (?:시간|일정)",
        r"ご?都合の(?:よい|よろしい|良い|いい)|お話し(?:でき|させていただけ)ますか",
        r"\bkaun ?sa (?:time|din|slot)\b|\bsuit kare(?:ga|gi)\b|\bchale(?:ga|gi)\?",
        # The gap may hold a date written with dots: "Hätten Sie am Donnerstag, den 4. Februar, um 14 Uhr Zeit".
        r"\b(?:hast du|hättest du|haben sie|hätten sie) (?:[^.?!\n]|\d\.){0,40}\bzeit\b",
        r"\bkya (?:aap|ap) (?:[^.?!\n]{0,60}? )?(?:available|free)\b",
        r"\bavailab(?:le|ility) (?:for|to) (?:an?|the|a quick|a short|a brief)? ?(?:\w{1,30}[ -]){0,3}"
        r"(?:call|chat|interview|conversation|meeting|screen)",
        r"\b(?:are|r) (?:you|u) (?:available|free|around)\b",
        r"\bwould you be (?:available|free|open to|up for|able to)\b",
        r"\b(?:can|could|will|would) you (?:join|attend|make it|come in|come)\b[^.!\n]{0,30}\?",
        r"\b(?:can|could|would) you (?:make|do) (?:either(?: of)?|any of|one of)(?= (?:these|those|the|them)\b| ?[:?])",
        r"\b(?:would|do|could|have) you (?:have|got) (?:\d{1,3}|a few|some|five|ten|fifteen|twenty|thirty) ?(?:min(?:ute)?s?|moments)"
        r" (?:for|to)\b",
        r"\b(?:would|do|could|will) you have (?:some )?time (?:for a (?:quick |short |brief )?(?:call|chat|conversation)|to (?:talk|chat|speak|meet))\b",
        r"\b(?:what|which) (?:times?|days?|slots?|dates?) (?:would |might |could )?(?:work|suit|are best"
        r"|are good|is best|is good)",
        r"\bdoes (?:that|this|the) (?:time|day|slot) work\b",
        r"\b(?:do|does|would|will) (?:any of )?(?:these|those|the following|either of these|one of these)"
        r" (?:times?|slots?|dates?|options?)? ?(?:work|suit)",
        r"\b(?:how about|what about|would|could you do|can you do) (?:one of|any of|either of) (?:these|those|the following)\b",
        r"\bwhen (?:are|would) you (?:be )?(?:free|available)\b",
        r"\blet (?:me|us) know (?:\w{1,10} ){0,2}(?:when|which|if any|if one|if either|your)",
        # Not "let me know what kind of role you're after".
        r"\blet (?:me|us) know (?:\w{1,10} ){0,2}what (?:times?|days?|dates?|slots?|works|suits|would work)\b",
        r"\bwhich (?:one|time|slot|option|day)s? (?:you(?:'d| would)? prefer|suits|works|you prefer)\b",
        r"\b(?:pick|choose|take|book|grab) whichever (?:one |time |slot |day )?(?:works|suits)\b",
        # "Wednesday at 11am and Friday at 3pm are still open. Which would you like?"
        r"\bwhich (?:one )?(?:would you like|would you prefer|do you prefer|suits you(?: best)?|works (?:best )?for you)\?",
        r"\b(?:if|whether|which)\b[^.?!\n]{0,60}\b(?:works?|suits?) (?:you )?(?:better|best)\b(?! for me)",
        r"\b(?:they|we)(?:'ve| have) offered\b",
        r"\bare you (?:right|ok|okay|good|able) for\b",
        r"\b(?:would|'d) like (?:a|an|to have a) (?:\w{1,15} ){0,2}(?:phone screen|screen|interview|chat|call|"
        r"conversation)\b",
        r"\binvited to (?:participate|take part) in\b",
        r"\bsend (?:me|us|over) (?:a few|some|your|a couple(?: of)?|(?:two|three|four)(?: or (?:three|four|five))?) "
        r"(?:times|availability|slots|windows)",
        r"\b(?:share|provide|send) (?:your|a few|some) (?:availability|times|windows)\b",
        r"\bfind a (?:time|slot)\b",
        r"\bhop on a (?:quick )?call\b",
        r"\bjump on a (?:quick )?call\b",
        r"\bset up (?:a|an|some) (?:quick |short |brief )?(?:call|chat|time|interview|meeting)\b",
        r"\bschedule (?:a|an|your|the|our|some) (?:quick |short |brief |time for )?(?:\w{1,30}[ -]){0,2}"
        r"(?:call|chat|time|interview|meeting|conversation|screen)",
        r"\bget (?:something|a call|an interview|time) (?:on|in) (?:the|your) calendar\b",
        r"\bwork for you\?",
        r"\bworks for you\?",
        r"\bcould you do\b",
        r"\bcan you do\b",
        r"\bfree (?:for|to) (?:a|an) ",
    ),
    _signal(
        Kind.INVITE,
        2.5,
        "offers a time you can turn down",
        r"\b(?:if|should) (?:that|this|it|the time|this time|that time|the slot|this slot|the day) (?:doesn't|does not|"
        r"won't|will not|isn't|is not|can't|cannot) (?:work|suit|fit|good)",
        r"\bif (?:that's|that is|it's|it is) (?:no good|not good|a problem|not possible|tricky|a pain|awkward)\b",
        r"\baccept (?:it )?if (?:it|the time|the slot|this|that|the day|this time|this slot) (?:suits|works|is (?:ok|okay|fine|good))",
        r"\b(?:als|om) (?:het tijdstip|de tijd|tiden|tidspunktet) (?:niet uitkomt|niet past|inte passar|ikke passer)"
        r"|\bacceptera gärna inbjudan\b|\bwil je de uitnodiging accepteren\b",
        r"\b(?:si no (?:puedes|puede) (?:en )?(?:ese|esa|este|esta) (?:día|horario|hora|momento|fecha)"
        r"|si no (?:te va bien|le va bien|te viene bien)|se não (?:puder|der|for possível) (?:nesse|neste|naquele) (?:horário|dia)"
        r"|falls (?:der|dieser|ihnen der) termin nicht|si (?:ce|le) créneau ne (?:vous|te) convient pas"
        r"|als dat niet (?:lukt|uitkomt|past)|se non (?:le|ti) (?:va bene|è possibile)|of (?:dat|het) (?:schikt|uitkomt|past)"
        r"|om (?:tiden|det|tidspunktet) (?:inte|ikke) passa?r|past (?:dit|dat) (?:moment|tijdstip) niet)",
    ),
    _signal(
        Kind.INVITE,
        2.5,
        "proposes a time and asks if it suits you",
        r"\b(?:would|does|how about|what about|how's|how is|how does|are you (?:around|free|available)|can you|could you|"
        # A day after "by" or "before" is when to answer, not a time proposed.
        r"is|could we|can we|shall we|free|around|passt (?:ihnen|dir|es ihnen|es dir)|geht (?:es )?bei (?:ihnen|dir)) "
        # A request to send something names the day of another task: "could you send two
        # references we can call this week?".
        r"(?!(?:please )?(?:send|share|forward|provide|complete|submit|fill|sign|return|upload)\b)"
        # Nor a time after such a day ("send it by Thursday at 5pm?"); "come by Thursday" is a visit.
        # A full stop between digits ("2.30pm") ends no sentence.
        r"(?:(?!(?<!come)(?<!stop)(?<!drop)(?<!swing) by (?:\w+day|tomorrow|tmrw|eod|end of|the end|\d))"
        r"(?:[^.?!\n]|(?<=\d)\.(?=\d))){0,80}"
        r"\b(?<!by )(?<!before )(?<!until )"
        r"(?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)"
        r"|noon|\d{1,2}[:.h]\d\d|monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thurs|fri"
        r"|tomorrow|tmrw|tmr|next week|this week)\b(?:[^.?!\n]|(?<=\d)\.(?=\d)){0,80}\?",
        # "I've put a tentative slot down for Monday at 12:30 - does that work?"
        r"\b(?:put|popped|dropped|placed|pencil(?:l)?ed|penciled|held|blocked) (?:down )?(?:a|in a) (?:tentative |provisional )?"
        r"(?:slot|time|hold)\b",
        r"\bpencil(?:l)?ed you in\b",
    ),
    _signal(
        Kind.INVITE,
        2.0,
        ASKS_TO_BOOK,
        r"\b(?:select|choose|pick|book|grab|reserve|claim) (?:a|an|your|the|one of|from|some)? ?"
        r"(?:\w{1,30}[ -]){0,2}(?:time|slot|times|slots|date|interview|spot|min|mins|minutes)\b",
        # Not the noun: "as per the schedule below".
        r"(?<!the )(?<!per )(?<!your )(?<!our )\b(?:schedule|book) (?:yourself|directly|online|here|below|through|using|via)\b",
        # "Wählen Sie über den Link einen passenden Termin", "prenota un orario", "proszę wybrać termin",
        # "リンクから面接のご予約", "通过以下链接选择面试时间".
        r"\b(?:wählen sie|wähle|buchen sie|buche|vereinbaren sie|vereinbare) (?:[\w-]+ ){0,5}(?:einen|ihren|deinen) "
        r"(?:passenden |geeigneten )?"
        r"(?:termin|zeitpunkt|zeitslot|slot)\b",
        r"\bprenot(?:a|i|are) (?:direttamente |pure )?(?:un|il|l'|uno) ?(?:[\w]+ )?(?:orario|appuntamento|slot|colloquio)\b|\bscegli(?:ere)? (?:un|l') ?orario\b",
        r"\b(?:wybrać|wybierz|wybierz sobie|zarezerwuj|zarezerwować) (?:dogodny |odpowiedni |pasujący )?termin\b",
        r"ご予約|お選びください|ご選択ください|日程調整|(?:选择|预约)(?:面试)?时间|선택해 주|예약해 주",
        r"\b(?:saati|saatini|zamanı|tarihi|randevunuzu) (?:[\w]+ ){0,3}seç\w*|\bvyberte si (?:prosím )?(?:termín|čas)\b"
        r"|\b(?:slot|time) book kar (?:lijiye|lein|len|le|lo)\b",
        r"\bsuch (?:dir|dich) (?:einfach )?(?:einen|ein) (?:slot|termin|zeitfenster)\b"
        r"|\b(?:velg|vælg) (?:et|en) tidspunkt\b|\bvälj (?:en|ett) (?:tid|tidpunkt)\b|\bbooke? (?:en )?tid\b|\bboka (?:en )?tid\b"
        r"|\bkies (?:\w+ ){0,3}een (?:tijd|tijdstip|moment)\b|\bplan (?:zelf )?een (?:tijd|tijdstip|moment) in\b"
        r"|\bplan (?:je|jouw|uw) (?:\w+ )?gesprek in\b",
        r"\bbook (?:whatever|any time that|a time that|whichever) (?:works|suits)\b",
        r"\b(?:agenda|reserva|elige|escoge|selecciona) (?:el|un|una|tu) (?:horario|hueco|espacio|momento|día|hora|fecha)\b"
        r"|\bagend(?:e|a) (?:um|o|seu) horário\b|\bréserv(?:ez|er) (?:un|votre) créneau\b|\bbuchen sie (?:einen|ihren) termin\b",
        r"\b(?:reservar|elegir|escoger) (?:directamente )?(?:el|un) (?:hueco|horario|momento)\b|\bescolh(?:a|er) (?:um|o) (?:melhor )?horário\b"
        r"|\bchoisissez (?:un|votre) créneau\b|\bkies (?:een|je) (?:tijdstip|moment)\b",
        r"\buse (?:the|this|my) (?:link|calendar|scheduling)(?! below within)",
        r"\bhere(?:'s| is) (?:my|the) (?:calendar |booking |scheduling |calendly )?link\b",
        r"\b(?:get|put|find) (?:\d{1,3} ?min(?:ute)?s?|some time|a time|time) on (?:the|my|our) calendar",
        r"\b(?:link|button) below to (?:schedule|book|select|choose|pick|find)",
        r"\bscheduling link\b",
        r"\bself-schedul",
        r"\b(?:such dir|suchen sie sich|wählen sie|wähle) (?:einfach |gerne )?(?:einen|ihren|deinen) (?:passenden )?termin\b",
        r"\bclick (?:here|below|the link|the button) to (?:schedule|book|select|choose|confirm a time)",
        r"\bcomplete (?:your|the|a|an) (?:video |recorded |one-way |digital |on-demand |short )?(?:video )?interview\b",
        r"\brecord (?:your|short|brief)? ?(?:video )?(?:answers|responses|video)\b",
        r"\brecord (?:whenever|at any time|in your own time|when it suits)\b",
        r"\b(?:start|begin|take|open) (?:your|the) (?:video |recorded |one-way |on-demand |digital )?interview\b",
        r"\binvited to (?:the|your) next (?:stage|step|round)\b",
        r"\b(?:two|three|a few|some|several) (?:windows|time windows|time slots|slots|times)\b",
        r"(?<!with )\b(?:two|three|a few|some|several) options\b",
    ),
    _signal(
        Kind.SCHEDULED,
        2.5,
        "confirms an interview already booked",
        r"\b(?:your|the|our) (?:\w{1,30}[ -]){0,3}(?:interview|call|screen|meeting|conversation|chat) "
        r"(?:is|has been|has now been|was|are) (?:now )?(?:confirmed|scheduled|booked|set|fixed)\b",
        r"\b(?:this is (?:a|just a) )?(?:friendly |quick |gentle )?reminder (?:of|about|that|for) "
        r"(?:your|our|the|tomorrow)",
        r"\bconfirm(?:ing|ation of|s)? (?:your|ur|our|the) (?:\w{1,30}[ -+]){0,3}(?:interview|call|meeting|screen|chat"
        r"|conversation|intro|introduction"
        r"|appointment|time)",
        r"\b(?:interview|call|onsite|on-site|meeting|screen|conversation|session|round|panel)s?\b[^.!?\n]{0,80}\b(?:is|has been|"
        r"was|are|have been) (?:now |all )?(?:confirmed|scheduled|booked|locked in|set up|set for|fixed for)\b",
        r"\b(?:tomorrow's|today's) (?:[\w-]+ )?(?:interview|call|chat|meeting)\b(?! (?:has|needs|will need) to)",
        # Notes for an interview whose time is fixed: "Ahead of your panel interview on Thursday at 1pm, ...".
        r"\b(?:ahead of|in preparation for|to prepare for|to help you prepare for) (?:your|our|the) (?:[\w-]+ ){0,3}"
        r"(?:interview|panel|onsite|on-site|call|screen|conversation|visit) (?:on|at|this|tomorrow|next)\b",
        # A day's booked hour named as the reader's: "ahead of Wednesday's 10am with the client".
        r"(?:(?<=ahead of )|(?<=before )|(?<=for ))"
        r"(?:tomorrow's|today's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's"
        r"|tomorrow’s|today’s|monday’s|tuesday’s|wednesday’s|thursday’s|friday’s|saturday’s|sunday’s) "
        r"\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?(?: [\w-]+)? with\b",
        r"\byou(?:'re| are) (?:now |all )?(?:set|booked|booked in|locked in|pencilled in|penciled in|confirmed|scheduled)\b",
        r"\bjust (?:confirming|a confirmation)\b",
        # "I've booked you in for Wednesday 7 October at 2pm."
        r"\b(?:i|we)(?:'ve| have) (?:booked|put|scheduled|got) you (?:in )?(?:for|down for)\b",
        r"\bhere(?:'s| is) your (?:onsite |on-site |interview |final round )?(?:schedule|agenda) for\b",
        r"\bhere(?:'s| is) your (?:final|full|confirmed|updated) (?:onsite |on-site |interview )?(?:schedule|agenda|itinerary)\b",
        r"\byou(?:'re| are) on with\b|\b(?:quick|friendly|gentle|just a) nudge that\b",
        r"\b(?:interview|call|meeting|appointment) confirmed\b(?!\?)",
        r"\b(?:termin|gespräch|interview) (?:wurde|ist) (?:gebucht|bestätigt|eingetragen)\b",
        r"\bsame (?:zoom|teams|meet|link|room|dial-in) as (?:before|last time)\b",
        r"\bbooked (?:via|through|with) (?:calendly|goodtime|cal\.com|greenhouse|ashby|lever|gem|modernloop)\b",
        r"\b(?:have|has) confirmed (?:your|the|our) (?:\w{1,30} ){0,3}(?:interview|call|meeting|screen|appointment)\b",
        r"\b(?:you(?:'re| are)|we(?:'re| are)) (?:all )?(?:set|booked|confirmed|scheduled) for\b",
        r"\bsee (?:you|u|ya) (?:\([^)]{1,30}\) )?(?:on|at|tomorrow|tmrw|tmr|then|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"mon|tue|tues|wed|thu|thurs|fri|sat|sun|soon at)\b",
        r"\b\d{1,2}(?::\d\d)? ?(?:am|pm)?\.?(?: [a-z]{2,4}| \([^)]{1,30}\))? it is(?:[.!,;:]| [–-]|$)|\bnoon it is[.!]",
        r"^confirmed\b|(?:^|[.!,] )confirmed ?[:–-]",
        # "Perfeito, confirmado! Segue o convite": the time the reader chose, confirmed.
        r"(?:^|[.!?,] )(?:perfect|great|perfeito|perfecto|parfait|perfetto|perfekt|prima)[,!]? "
        r"(?:it's |c'est |è |ist )?(?:confirmed|confirmad[oa]|confirmée?|confermat[oa]|bestätigt|bevestigd)\b",
        r"\bi(?:'ll| will) (?:call|ring|phone) (?:you (?:on|at|then|tomorrow|today|monday|tuesday|wednesday|thursday|friday)"
        r"|your (?:mobile|cell|phone))\b",
        r"\b(?:event|appointment|booking|meeting) (?:has been|is|was) (?:scheduled|confirmed|booked)\b",
        r"\blook(?:ing)? forward to (?:our|the|your) (?:chat|call|conversation|interview|meeting)\b",
        r"\b(?:is|are|'s) all set\b",
        # Only the place or format changes: "we'll meet on Zoom instead of in the office. Same time".
        r"\binstead of (?:in person|in the office|at the office|on-?site)\b|\b(?:logistics|location|venue|format) (?:update|change)\b",
        r"\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b[^.!?\n]{0,20}\b(?:is|are) (?:now )?confirmed\b",
        r"\bc'est (?:confirmé|noté|bon|parfait) pour\b|\bhalten wir [^!?\n]{1,80}\bfest\b",
        r"\ball set for (?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next)\b",
        r"\ball set for (?:your|the|our|you)\b",
        r"\b(?:we're|we are) (?:still )?on for\b",
        r"\b(?:locked|booked|pencilled|penciled) in (?:for|on)\b",
        r"\b(?:that's|that is|it's|all) confirmed (?:for|with)\b",
        r"\b(?:entrevista|entretien|gespräch|colloquio|gesprek|termin|rendez-vous|cita|afspraak|intervju(?:n|en)?|samtal(?:et)?"
        r"|samtale(?:n)?) (?:[\w()-]+ ){0,8}(?:está|fica|queda|est|ist|è|is|är|er) (?:now |nu |jetzt |nun |maintenant |ora |agora |ahora )?"
        r"(?:confirmad[ao]|confirmée?|bestätigt|confermat[oa]|bevestigd|bokad|bokat|bekräftad|bekräftat|booket|bekreftet"
        r"|bekræftet)\b",
        r"\b(?:hierbij )?bevestig(?:en)? (?:ik|we|wij) (?:je|jouw|uw|het)\b|(?:面试|时间)[^。\n]{0,6}已(?:确认|安排)",
        r"확정되었|확정됐|\bonaylan(?:mıştır|dı)\b|\bpotvrzuj(?:i|eme) (?:váš|vám|tvůj)\b",
        r"\btack för att du (?:bekräftade|har bekräftat)\b|\btak fordi du bekræftede\b|\btakk for at du bekreftet\b",
        # Japanese: "面接の日程が確定いたしました" (the interview date is fixed).
        r"(?:日程|日時|面接)[^。\n]{0,12}確定(?!後|次第)",
        r"\ball confirmed\b",
        r"(?:^|[,.!] )confirmed with (?:the )?(?:client|team|hiring manager|panel)\b",
        r"\bthank(?:s| you) for (?:letting us know|confirming) (?:that )?you(?:'re| are| can| will)\b",
        r"\barrangements for (?:your|the|thursday|monday|tuesday|wednesday|friday) ",
        r"(?:^|[.!] )locked in\b|\blocked in[:!]|\b(?:is|'s|are) (?:now |all )?locked in\b",
        r"\byou(?:'re| are) (?:now )?(?:on|in) (?:the|our|his|her|my|their) (?:calendar|diary|schedule) (?:for|on)\b",
        r"\blook(?:ing)? forward to (?:having|seeing|welcoming|hosting) you\b",
        r"\b(?:quick|friendly|gentle|just a) reminder\b",
        r"\breminder from google calendar\b|\byou set a (?:notification|reminder) for this event\b",
        r"\b(?:przypominam\w*|potwierdzam\w*|nous vous rappelons|je vous rappelle|te recordamos|le recordamos|lembramos|ricordiamo"
        r"|wir erinnern|ter herinnering|herinnering aan|påminner|påminnelse|påmindelse|te recuerdo|le recuerdo)\b",
        r"リマインド|リマインダー|提醒您|温馨提示|잊지 않으시도록|리마인드",
        r"\bhatırlat\w*|\bpřipomín\w*|\bpřipomenutí\b",

        r"\bthank(?:s| you) for (?:picking|choosing|selecting|booking) (?:a|the|your) (?:slot|time)\b",
        r"\byou(?:'ve| have) (?:successfully )?(?:booked|selected|chosen|reserved) (?:the following|an?|your) "
        r"(?:interview )?(?:slot|time|interview)\b",
        r"\blook(?:ing)? forward to (?:speaking|talking|meeting|chatting|seeing) (?:with )?(?:you )?"
        r"(?:on|tomorrow|then|next|at|this|monday|tuesday|wednesday|thursday|friday)\b",
        r"\b(?:sending|sent|send) (?:you )?(?:the|a|an|over the) (?:calendar )?invit(?:e|ation) for\b",
        r"\b(?:has|have) (?:been )?(?:accepted|booked|scheduled) (?:your|an|the) (?:interview|time|slot)",
        r"\b(?:calendar invit(?:e|ation)|invite) (?:has been|was|is being|will be) sent\b",
        r"\bthank(?:s| you) for (?:booking|scheduling|confirming|selecting)\b",
        r"\bhere are the details (?:for|of) your\b",
        r"\b(?:interview|onsite|on-site|visit) (?:details|confirmation|itinerary|schedule|logistics)\b",
        r"\bupcoming interview\b",
    ),
    _signal(
        Kind.RESCHEDULE,
        4.0,
        MOVES_BOOKED_INTERVIEW,
        r"(?<!if you )(?<!should you )(?<!you )\b(?:need|needs|have|has|want|wants|would like|like|going) to (?:re-?schedule|move|push|postpone|shift|change)"
        r" (?:your|our|the|tomorrow|this|today|it|thursday|monday|tuesday|wednesday|friday)"
        r"(?![^.?!\n]{0,40}\?)",  # "Need to change the time?" offers help; it asks nothing to move
        r"\b(?:could|can|may) we (?:please )?(?:re-?schedule|move|push|postpone|shift|change the time|re-?arrange|slide|bump"
        r"|swap)\b",
        r"\b(?:any chance|is it possible|would it be possible) (?:that )?we (?:can|could) (?:re-?schedule|move|push|shift|bump"
        r"|postpone|slide)\b",
        r"\b(?:interview|call|meeting|round|it)\b[^.!?\n]{0,160}\b(?:needs?|has|have) to be (?:moved|rescheduled|changed|postponed)\b",
        # "Thursday's interview for the Fleet Controller role needs to move", not "our process needs to move fast".
        r"\b(?:interview|call|panel|chat|screen)\b[^.!?\n]{0,40}\b(?:needs?|has|have) to (?:move|shift)\b"
        r"(?! (?:forward|fast|quickly|ahead|along|on)\b)",
        r"\bha habido un cambio en (?:tu|su) entrevista\b|\b(?:hora|fecha) anterior\b",
        r"\b(?:was|previous time|old time|original time|previously): (?:mon|tue|wed|thu|fri|sat|sun|\d)|\bnew time below\b",
        # Someone on the employer's side asks to move it: "they have asked to push your
        # second-stage interview", "would you mind if we moved Thursday's interview".
        r"\b(?:ask(?:ed|ing)? (?:us )?(?:whether|if) we (?:can|could) |(?:ask|request)(?:ed|ing)? (?:us )?to "
        r"|(?:would|could|will|is) it be possible to |mind (?:\w+ )?if we |we(?:'d| would) like to "
        r"|(?:we|i)(?:'ll| will)? (?:need|have) to |we must )"
        r"(?:move|moved|push|pushed|shift|shifted|re-?arrange|re-?arranged|re-?schedule|re-?scheduled|postpone"
        r"|postponed|bring forward) (?:your|the|our|today's|tomorrow's|\w{3,6}day's) (?:[\w-]{1,20} ){0,2}"
        r"(?:interview|call|chat|conversation|meeting|round)\b",
        r"\b(?:would|could) you be (?:able|open|willing) to (?:re-?schedule|move|push)",
        r"\b(?:is|are) (?:now )?(?:no longer|not) (?:available|able to make)",
        # "the panel is now Thursday 2-4pm rather than Wednesday".
        r"\b(?:interview|panel|call|chat|screen|onsite|on-site|meeting|round)\b[^.!?\n]{0,20}\b(?:is|are) now "
        r"[^.!?\n]{1,30}\b(?:rather than|instead of)\b",
        # Someone can no longer keep the booked slot: "won't be able to meet you on Thursday at 2pm
        # as planned", "ne pourra malheureusement pas vous rencontrer jeudi comme prévu".
        r"\b(?:won't|will not|will no longer|can't|cannot|can no longer) (?:be able to )?(?:meet|see|speak with|"
        r"speak to|interview) you\b[^.!?\n]{0,60}\bas (?:planned|scheduled|arranged|agreed)\b",
        r"\bne (?:pourra|pourrons|pourrai|peut|peux) (?:malheureusement |finalement |plus )*(?:pas )?"
        r"(?:vous rencontrer|vous recevoir|vous voir|vous parler|assister à (?:votre|notre|l')|"
        r"(?:tenir|maintenir) (?:votre|notre|l') ?(?:entretien|entrevue|rencontre))",
        r"\b(?:kann|können) (?:sie |dich )?(?:leider |nun )?(?:doch )?nicht (?:wie geplant|wie vereinbart)\b",
        r"\b(?:panel|panel members?|interviewers?|hiring manager|manager|team) (?:is|are) (?:now )?unavailable\b",
        r"\b(?:has|had) (?:a|an) (?:\w{1,30}[ -]){0,2}(?:conflict|emergency|clash)",
        # "Jen has been pulled into a board prep", "the hiring manager was called away".
        r"\b(?:has been|'s been|have been|'ve been|was|were|got|has got) (?:pulled|called|dragged) (?:into|away|onto|out)\b",
        r"(?<!if you )(?<!you )\b(?:the \w+s|they) (?:now )?have (?:a|an) (?:[\w-]{1,30} ){0,2}(?:conflict|emergency|clash)\b",
        r"\b(?:i|we) (?:now )?have (?:a|an) (?:\w{1,30}[ -]){0,2}(?:conflict|emergency)",
        r"\b(?:have|'ve) moved (?:our|your|the) (?:\w{1,20} ){0,2}(?:interview|call|meeting|chat)\b",
        r"\b(?:i|we)(?:'ve| have) (?:moved|rescheduled|pushed|shifted|bumped) (?:this|it|us|you)\b",
        r"\b(?:interview|call|meeting|round|it) (?:is|has been|was|stands|will be|needs to be|must be) (?:now )?"
        r"(?:postponed|rescheduled|preponed|pushed back)\b",
        r"\b(?:interview|call|meeting|round)\b[^.!?\n]{1,60}\b(?:is|has been|stands) (?:now )?(?:postponed|preponed|pushed back)\b",
        r"\bno (?:podr[áa]|podremos|puede|podemos|vamos a poder|va a poder) (?:hacer|asistir a|realizar|mantener) "
        r"(?:la|tu|su) entrevista\b",
        r"\bno (?:podr[áa]|podremos|puede|va a poder) (?:atenderte|atenderle|recibirte|recibirle|entrevistarte)\b",
        r"(?<!you )\b(?:ask you to|need to|must|have to) change the (?:date|time|day)\b(?![^.?!\n]{0,40}\?)",
        r"\b(?:choose|pick|select) (?:from )?(?:the following |one of the following |these )?new (?:dates|times|slots)\b",
        r"(?<!if )(?<!in case )(?<!should )\bsomething(?:'s| has)? (?:\w{1,15} )?(?:has )?c[ao]me up\b",
        r"\bwhen we had (?:your|our|the) (?:interview|call|chat|meeting|slot)\b",
        r"\b(?:was|were|has been|got) (?:just )?moved to\b",
        r"\b(?:quick|small|slight) change\b",
        r"\bcurve ?ball\b",
        r"\b(?:has|have) been (?:rescheduled|moved|postponed|pushed|shifted) (?:to|until|back)\b",
        r"\b(?:has|have) been postponed\b",
        r"\b(?:need|have) to move (?:the )?interviews (?:for|on|to)\b",
        r"\b(?:interview|round|screen|call|chat|session|slot)\b[^.!?\n]{0,60}\b(?:has|have) been (?:moved|rescheduled|shifted)\b",
        r"\b(?:has|have) (?:had to be|been) (?:re-?arranged|re-?scheduled)\b",
        r"\b(?:got|been|is|was) (?:just )?double[- ]?booked\b",
        r"\b(?:(?:could|can) we|we (?:could|can)) (?:do|start|begin|make it|have it) [^.?!\n]{1,40}\binstead\b",
        r"\b(?:stands|is|was) (?:rescheduled|postponed|moved) (?:to|till|until)\b",
        r"\bbring (?:it|this|that|the|your|our) (?:[\w-]+ ){0,6}forward\b",
        r"\b(?:podr[ií]amos|podemos|puedes|podr[ií]as) (?:mover|cambiar|reprogramar|pasar|correr|aplazar|posponer|adelantar"
        r"|trasladar)\b",
        r"\b(?:flytta|flytte|skjuta upp|boka om|udskyde)\b",
        r"(?<!\| )\b(?:remarcar|reagendar|reprogramar)\b(?! \|)",
        r"\bprepone\b",
        r"(?:调整|更改|变更)(?:面试)?时间|改期|改到|일정(?:을|이)? 변경|변경해야",
        r"\b(?:ertele\w+|kaydırabilir\w*|değiştirebilir\w*)|'(?:e|a|ye|ya) alabilir miyiz\b|\bpřesun(?:out|eme|ul\w*)\b"
        r"|\bpřeložit\b|\bshift kar (?:sakte|sakti|sakenge)\b",
        r"\b(?:our|your|the|this) [\w:]{1,12} (?:won't|will not|can't|cannot) (?:happen|go ahead)\b",
        r"\b(?:d[ée]caler|reporter|d[ée]placer) (?:l'entretien|notre|votre|le rendez-vous)",
        r"\b(?:le|la) (?:d[ée]caler|reporter|d[ée]placer)\b|\bne (?:pourra|pourrons|pourrai) pas (?:assurer|tenir|faire) l'entretien\b",
        r"\bverschieben\b(?! (?:musst|müssen|möchtest|möchten|willst|wollen))",
        r"\b(?:przełożyć|przesunąć|przesunięci\w*)\b",
        r"\b(?:passarmos|passar|mudar|adiar) a (?:nossa )?entrevista\b",
        r"\b(?:alterar|mudar|trocar|remarcar) a (?:data|hora|horário) d[ao] (?:nossa |sua |tua )?entrevista\b",
        r"\b(?:gespräch|termin|interview|vorstellungsgespräch)\b[^.!?\n]{0,60}\b(?:verlegen|umlegen)\b",
        r"\b(?:verzetten|verplaatsen)\b",
        r"\b(?:spostar(?:e|lo|la)|rimandar(?:e|lo|la))\b",
        r"\b(?:cancel|reschedule|shift|postpone) karna (?:padega|hoga|pad raha hai)\b",
        r"\b(?:got|been|was|is|just) (?:moved|booked|scheduled|put|landed) (?:onto|into|over|on|on top of) "
        r"(?:the date of )?(?:my|our|your)\b",
        r"\b(?:landed|moved) on top of\b",
        r"(?<!you )\b(?:need|have|had) to re-?schedule\b(?![^.?!\n]{0,40}\?)",
        r"\b(?:like|need|have) to postpone\b",
        r"\boverlaps? with (?:our|your|the) (?:slot|interview|call|time|meeting)\b",
        r"\bstart (?:one|an|two|half an) hours? (?:later|earlier)\b",
        r"\bstart (?:your|the|our|today's|tomorrow's|\w{3,6}day's) (?:[\w-]+ ){0,8}(?:\d{1,3}|fifteen|thirty|forty-five)"
        r" min(?:ute)?s (?:earlier|later)\b",
        r"\bcalled (?:out|in) (?:sick|today)\b|\bcalled out\b",
        r"(?<!if you )(?<!you )(?<!you are )(?<!you're )(?<!should you be )"
        r"\b(?:can't|cannot|can no longer|won't|will not|won't be able to|will not be able to|unable to|not able to|no longer able to) "
        r"(?:make|host|do|keep|attend|hold|run|take|conduct) (?:it )?(?:our|the|your|this|that|today|tomorrow|on|at|monday|"
        r"tuesday|wednesday|thursday|friday)\b",
        r"(?<!happy to )(?<!glad to )(?<!willing to )(?<!able to )"
        r"\b(?:push|move|bump|shift) (?:it |this |that |us )?(?:to|back to|until) (?:\d|noon|tomorrow|monday|tuesday|"
        r"wednesday|thursday|friday|mon|tue|tues|wed|thu|thurs|fri|next)",
        r"\b(?:had|have|'ve had) to (?:move|push|reschedule|shift|postpone)\b",
        r"\bthis event has been (?:changed|updated|rescheduled)\b(?! with a note)",
        r"\bsorry to do this\b",
        r"\bchange of plans?\b",
        # Not what a confirmation warns of: "we may have to rebook you".
        r"(?<!may have to )(?<!might have to )(?<!may need to )(?<!will have to )"
        r"\b(?:re-?book|book again|schedule a new time|(?:pick|choose|select|book|grab) (?:a |another )?new (?:time|slot|date))\b",
        r"\b(?:out|off) sick\b",
        r"\bunexpectedly (?:out|unavailable|travel)",
        r"\bfind (?:a|another) (?:new|different) time\b",
        r"\b(?:move|moving|push|pushing|shift|shifting) (?:our|your|the|this) (?:\w{1,30}[ -]){0,2}"
        r"(?:interview|call|meeting|chat|screen|conversation|session|on-?site|appointment)s? (?:to|back|earlier|later)\b",
        r"(?<!happy to )(?<!glad to )(?<!willing to )(?<!able to )"
        r"\b(?:move|moving|push|pushing|shift|shifting) it (?:to|back|earlier|later|forward)\b",
    ),
    _signal(
        Kind.SCHEDULED,
        1.5,
        "sends the calendar invitation for a time already agreed",
        r"\b(?:please )?find (?:the|attached|enclosed|below) (?:calendar |teams |zoom |meeting |google meet )?"
        r"(?:invite|invitation)\b",
        r"\binvite(?:'s| is) attached\b",
        r"\bhere(?:'s| is) the (?:calendar |meeting )?invite\b",
        r"\bas (?:agreed|discussed|arranged)(?: on the phone| by phone| earlier| over the phone| in our call)?[,.]",
        r"\bas (?:agreed|discussed) (?:on|over|during|earlier|by|with)\b",
    ),
    _signal(
        Kind.RESCHEDULE,
        1.0,
        ASKS_FOR_ANOTHER_TIME,
        r"\b(?:pick|choose|select|grab|book) another (?:time|slot|date)\b",
        r"\b(?:elegir|escoger|agendar|reservar) otr[oa] (?:horario|fecha|d[ií]a|momento)\b",
        r"\b(?:escolher|agendar|marcar) outr[oa] (?:horário|data|dia)\b",
        r"\b(?:choisir|réserver|proposer) un autre (?:créneau|horaire|moment|jour)\b",
        r"\beinen anderen termin\b",
        # Cancelled now, to be set again: "I'll get back to you to set a new date", "ti ricontatto per
        # fissare una nuova data".
        r"\b(?:to|and) (?:set|find|arrange|agree|schedule|book) (?:up )?(?:a )?(?:new|another|different) (?:date|time|slot)\b",
        r"\b(?:fissare|trovare|concordare|proporre|definire) (?:una |un )?(?:nuov[ao]|altr[ao]) (?:data|orario|appuntamento)\b"
        r"|\b(?:fixer|trouver|convenir d'|proposer) (?:une |un )?(?:nouvelle date|nouveau créneau|nouvel horaire|autre date)\b"
        r"|\bneuen termin (?:zu )?(?:finden|vereinbaren|ausmachen)\b"
        r"|\b(?:fijar|buscar|acordar|encontrar|agendar) (?:una )?nueva (?:fecha|hora)\b"
        r"|\b(?:marcar|agendar|definir|encontrar|remarcar) (?:uma )?nova data\b",
    ),
    _signal(
        Kind.RESCHEDULE,
        1.0,
        "mentions a new time for the interview",
        r"\breschedul(?:e|ing)\b(?<!if you need to reschedule)(?<!if you have to reschedule)"
        r"(?<!should you need to reschedule)(?<!if you wish to reschedule)(?<!if you'd like to reschedule)"
        r"(?<!if you would like to reschedule)",
        r"\bpostpone",
        r"\b(?:new|another|alternative|different) (?:time|slot|date)s?\b",
        r"\b(?:apologies|sorry|apologize) (?:for|about) (?:the|any|this) (?:mix-up|inconvenience|confusion|change|"
        r"short notice|late notice)",
        r"\binstead of\b",
        r"\binstead[?.!]",
    ),
    _signal(
        Kind.APPLICATION_RECEIVED,
        2.5,
        ACKNOWLEDGES_APPLICATION,
        r"\b(?:we(?:'ve| have)|has been|was|been) (?:successfully )?(?:received|submitted)\b",
        r"\bthank(?:s| you) for (?:applying|your application|submitting)\b",
        r"\bapplication (?:has been|was) (?:received|submitted)\b",
        r"\b(?:will|shall) (?:carefully )?review (?:your|all) (?:application|qualifications|resume|cv)",
        r"\bif your (?:skills|experience|background|qualifications|profile) (?:match|matches|align|fit)",
        r"\bshould (?:your|we|there)\b.{0,60}\b(?:contact|reach out|be in touch)\b",
        r"\bwe(?:'ll| will) (?:be in touch|contact you|reach out)\b.{0,40}\b(?:if|should)\b",
        r"\bdue to the (?:high|large) (?:volume|number)\b",
        r"\bif you(?:'re| are) (?:shortlisted|selected|successful|invited)\b",
        r"\b(?:now|currently) (?:with|under review by) (?:our|the) (?:hiring|recruiting|talent)",
        r"\b(?:joining|joined|join|welcome to) (?:the |our )?(?:[\w&-]+ ){0,3}talent (?:community|network|pool)\b",
    ),
    _signal(
        Kind.APPLICATION_RECEIVED,
        4.0,
        ARRANGED_LATER,
        # "We'll be in touch to arrange interview dates", "Our recruiting team will reach out in the
        # coming days to schedule a conversation. There's nothing you need to do right now."
        r"\b(?:i|we|team|recruiters?|coordinators?|he|she|they)(?:, [\w-]+,)?(?:'ll| will|'s going to| is going to| are going to)"
        r" (?:be in touch|get in touch|reach out|contact you|follow up)\b"
        r"[^.!?\n]{0,40}\bto (?:arrange|schedule|set up|book|find|agree) (?:the |your |an? )?(?:\w+ )?"
        r"(?:interview|times?|dates?|conversation|call|chat|screen)",
        # "I'll come back to you early next week with some options."
        r"\b(?:i|we)(?:'ll| will) (?:come back|get back|circle back|revert) to you\b[^.!?\n]{0,40}\bwith (?:some |a few |a couple of )?"
        r"(?:new |other |alternative |possible )?(?:options|dates|times|slots)\b",
        r"\b(?:there(?:'s| is) )?nothing (?:you need|for you|you have|needed from you) to do\b",
        # A job board's notice: "your profile has been shortlisted ... The recruiter may contact you soon."
        r"\b(?:recruiters?|employers?|compan(?:y|ies)|hiring team|hr team|they) (?:may|might) (?:contact|call|reach out to"
        r"|get in touch with) you\b",
    ),
    _signal(
        Kind.APPLICATION_RECEIVED,
        5.0,
        "only acknowledges the times you sent",
        r"\b(?:received|got) your availability\b",
        # A receipt asks nothing: thanks for the times followed by a question proposes one.
        r"\bthank(?:s| you) for (?:sending|sharing|submitting|providing) (?:us )?your availability\b(?![^?]*\?)",
    ),
    _signal(
        Kind.APPLICATION_RECEIVED,
        4.0,
        "puts you on a waiting list: every interview slot is taken",
        r"\b(?:added|put|placed) (?:you )?(?:to|on) (?:the|our|a) wait(?:ing)?[- ]?list\b",
        r"\b(?:slots|places|spots) (?:\w{1,20} ){0,4}(?:are|is) (?:now )?(?:all )?(?:full|taken|booked up)\b",
    ),
    _signal(
        Kind.REJECTION,
        4.0,
        "declines your candidacy",
        r"\b(?:decided|chosen|opted|elected) (?:not to|to) (?:move|proceed|go|pursue|continue)"
        r" (?:forward )?(?:with )?(?:other|another|a different|different|your)",
        # "we have decided to offer the Director of Care role to an internal candidate".
        r"\b(?:decided|chosen|opted) to (?:offer|give) the (?:[\w-]+ ){0,5}(?:role|position|job|post) to "
        r"(?:an?|another|the other|one of the other) (?:internal |external )?(?:candidate|applicant|colleague|person)\b",
        r"\b(?:decided|chosen|opted) not to (?:move|proceed|progress|go) (?:forward|ahead|further)\b",
        r"\b(?:not|won't|will not) (?:be )?(?:moving|progressing|proceeding|advancing|going) "
        r"(?:forward|ahead|further)",
        r"\bpursue other candidates\b",
        r"\b(?:won't|will not|are not|aren't|not) (?:be )?(?:inviting|moving|taking|progressing) you (?:to|forward|through|on)\b",
        r"\b(?:offered|given) the (?:position|role|job|post) to (?:another|a different|other) (?:candidate|applicant|person)",
        r"\b(?:gone|going|went) with (?:another|a different) (?:candidate|applicant)\b",
        r"\b(?:decided|chosen|opted) to (?:move|proceed|go|continue) (?:forward )?with (?:\w{1,30} ){0,3}"
        r"(?:candidates?|applicants?|profiles?)",
        r"\b(?:not|won't|will not) be taking (?:your application|you|your candidacy) (?:forward|further)",
        r"\bother candidates (?:whose|who)\b",
        r"\b(?:unable|not able|not in a position) to offer you (?:a|an|the) (?:[\w-]{1,20} ){0,2}"
        r"(?:contract|place|position|role|job|post|opportunity|training)\b",
        r"\b(?:closed|filled) the (?:\w{1,30} ){0,3}(?:position|role|vacancy|opening|req)\b",
        r"\b(?:position|role|vacancy) has (?:now )?been filled\b",
        r"\bnot (?:been )?(?:selected|successful|shortlisted)\b",
        r"\bunsuccessful\b",
        r"\bwill not be (?:taking|considering) your\b",
        r"\b(?:decided|chose) to go (?:in )?(?:another|a different) direction\b",
        r"\bkeep your (?:resume|cv|details|profile|application) on file\b",
        r"\bwish you (?:the (?:very )?best|every success|all the best|success|luck) in your (?:job )?"
        r"(?:search|career|future)",
    ),
    _signal(
        Kind.REJECTION,
        4.0,
        "declines your candidacy",
        # Spanish and Portuguese: "hemos decidido no avanzar con tu candidatura", "não foi selecionada".
        r"\b(?:decidido|optado por|decidimos) (?:no |não )?(?:avanzar|continuar|seguir|prosseguir|avançar) con? "
        r"(?:otr[oa]s?|outr[oa]s?|tu|su|sua|a sua|a tua) (?:candidat|perfil|perfis|postulaci|proceso|processo)",
        r"\bno (?:avanzar|continuar|seguir) (?:adelante )?con (?:tu|su) (?:candidatura|postulación|proceso)\b",
        r"\bnão (?:vamos|iremos|podemos) (?:seguir|avançar|prosseguir) com (?:a )?(?:sua|tua) candidatura\b",
        r"\bno (?:has|ha) sido seleccionad[oa]\b|\bnão (?:foi|foste) selecionad[oa]\b",
        # French: "nous ne pouvons pas donner suite à votre candidature", "pas été retenue".
        r"\bne (?:pouvons|pourrons) pas donner (?:une )?suite (?:favorable )?à (?:votre|ta) candidature\b",
        r"\b(?:n'a|n'avez|n'as) pas été retenue?s?\b|\bpoursuivre (?:le processus )?avec d'autres (?:candidat|profil)",
        # German: "haben uns für andere Bewerber entschieden", "nicht berücksichtigen".
        r"\b(?:für|zugunsten) (?:einen |eine )?andere[nr]? (?:bewerber|kandidat|person)\w* entschieden\b",
        r"\bbewerbung (?:leider )?nicht (?:weiter )?(?:berücksichtigen|berücksichtigt)\b|\bnicht in die engere wahl\b",
        # Italian, Dutch, the Nordic languages and Polish.
        r"\bnon (?:è|sei) stat[oa] selezionat[oa]\b|\b(?:proseguire|procedere|continuare) con altr[ie] candidat",
        r"\b(?:besloten|gekozen) (?:om )?(?:niet )?(?:verder te gaan|door te gaan) met (?:een )?andere? kandida"
        r"|\bniet (?:verder )?(?:mee )?(?:gaan|door) met (?:je|jouw|uw) sollicitatie\b",
        r"\b(?:gå|gått|gået) vid[ae]re med (?:en )?(?:annan|andra|anden|andre|annen) kandidat"
        r"|\b(?:inte|ikke) gå (?:vidare|videre) med (?:din|deres) (?:ansökan|ansøgning|søknad)\b",
        r"\bnie (?:został(?:eś|aś|a|i)? )?(?:pan |pani )?wybran\w\b|\bz innym kandydat\w*",
        # Japanese: "今回は見送らせていただく", "ご期待に添えない".
        r"見送らせて|見送り|(?:ご希望|ご期待)に(?:添え|沿え)",
    ),
    _signal(
        Kind.INVITE,
        4.0,
        "reminds you to record a video interview not yet done",
        r"\b(?:haven't|have not) (?:yet )?(?:completed|started|recorded) your (?:[\w-]+ ){0,3}interview\b",
        r"\b(?:haven't|have not) (?:yet )?(?:selected|chosen|picked|booked|scheduled) (?:a|your) (?:time|slot|interview)\b",
        r"\byour (?:[\w-]+ )?(?:video |one-way |recorded )?interview is still open\b",
    ),
    _signal(
        Kind.OTHER_INTERVIEW,
        9.0,
        "asks you onto a podcast or show",
        r"\binterview you (?:on|for) (?:the|our|my) (?:[\w-]+ ){0,3}(?:podcast|show|channel|newsletter|blog)\b"
        r"|\bpodcast interview\b|\bon (?:the|our|my) podcast\b",
    ),
    _signal(
        Kind.AUTO_REPLY,
        6.0,
        "is an account notice (password, sign-in)",
        r"\breset (?:the|your) password\b|\bpassword reset\b|\bverify your email address\b|\bsign-in code\b",
    ),
    _signal(
        Kind.REJECTION,
        2.0,
        "breaks bad news",
        r"\bregret to (?:inform|let you know|advise)\b",
    ),
    _signal(
        Kind.OFFER,
        6.0,
        "makes a job offer",
        r"\b(?:pleased|happy|delighted|excited|thrilled) to (?:extend|offer you|make you)"
        r"(?! (?:an?|the|your) (?:[\w-]+ ){0,2}(?:interview|screen|call|conversation)\b)",
        r"\b(?:want|wants|would like|'d like|keen|going) to (?:make|extend) you an? (?:[\w-]+ )?offer\b",
        r"\boffer (?:letter|of employment|package|details)\b",
        r"\bconditional offer\b",
        r"\b(?:revised|updated|compensation|final) package\b",
        r"\bextend(?:ing)? (?:you )?(?:an|a|the|this) (?:formal |verbal |written )?offer\b",
        r"\b(?:accept|sign|review) (?:the|your) offer\b",
        r"\b(?:like|love|want) to offer you (?:the|a|this|our) (?:[\w-]+ ){0,3}(?:role|position|job|post|place)\b",
        r"\b(?:ofrecerte|ofrecerle|oferecer-lhe|oferecer-te|vous proposer|ihnen anbieten|offrirle|offrirti) (?:el|o|le|la|den|die|il)"
        r" (?:puesto|cargo|poste|posto|stelle|position)\b",
        r"\b(?:carta oferta|carta de oferta|oferta de empleo|offre d'emploi|lettre d'offre|proposta de emprego|jobangebot"
        r"|arbeitsvertrag|lettera di offerta)\b",
        r"\b(?:walk you through|discuss|go over|go through) (?:the|your|an|our) (?:\w+ )?offer\b",
        r"\bstart date\b",
        r"\b(?:sign-?on|signing) bonus\b",
        r"\bequity grant\b",
        r"\b(?:competing|counter-?|revised|updated|written|formal) offer\b",
        r"\bupdated (?:offer )?letter\b",
        r"\byour first day\b|\bfirst working day\b|\bfirst day of work\b",
        r"\bonboarding[- ]?(?:tag|day|session|termin|programme|program)\b",
        r"\b(?:you )?accepted (?:our|the) (?:job )?offer\b",
        r"\b(?:excited|thrilled|happy|glad|delighted) to have you (?:join|on board|aboard|start)",
        r"\b(?:bank details for payroll|payroll (?:form|details|setup)|new hire paperwork)\b",
        r"\bonboarding (?:tasks|portal|documents|checklist|paperwork)\b",
        # A staffing agency's shift for someone already on its books.
        r"\b(?:confirmed|booked|scheduled) for (?:the following |your |this |an? )?(?:assignment|shift)s?\b",
        r"\bassignment confirmed\b|\bclock in\b|\b(?:per diem|open|available) shifts\b|\bno interview (?:needed|required|necessary)\b",
        r"\bwelcome (?:to the team|aboard)\b",
    ),
    _signal(
        Kind.JOB_ALERT,
        4.0,
        "is a job-alert digest",
        r"\bjob alert",
        r"\b(?:new )?jobs? (?:you may|you might|that may|that might|matching|recommended|for you)\b",
        r"\brecommended (?:jobs|for you|roles)\b",
        r"\b\d{1,4}\+? new (?:jobs|roles|positions|openings)\b",
        r"\bjobs? (?:based on|similar to) your\b",
        r"\b(?:easy apply|apply now|view (?:all )?jobs|see (?:all|more) jobs)\b",
    ),
    _signal(
        Kind.ASSESSMENT,
        2.5,
        "asks for a take-home or coding assessment",
        r"\bhackerrank\b",
        r"\bcodility\b",
        r"\bcodesignal\b",
        r"\btestgorilla\b",
        r"\bcoderpad (?:assessment|test)\b",
        r"\b(?:online|coding|technical|skills?|cognitive|personality|written|numeracy|aptitude|psychometric) "
        r"(?:[\w-]+ )?(?:assessment|test|challenge|exercise|exam)s?\b",
        r"\bthere is no interview\b|\bno interview (?:at|in) this stage\b",
        r"\b(?:numerical|verbal|logical|abstract) reasoning\b",
        r"\bsituational judg(?:e)?ment test\b",
        r"\btake[- ]home\b",
        r"\bcomplete (?:the|this|an|your) (?:\w{1,30} ){0,2}(?:assessment|challenge|exercise|test)\b",
    ),
    _signal(
        Kind.FEEDBACK,
        3.0,
        "asks for feedback on a past interview",
        r"\b(?:how was|how did|tell us about|rate) your (?:interview|candidate|recent) (?:experience)?",
        r"\b(?:candidate|interview) (?:experience )?survey\b",
        r"\b(?:short|quick|brief) survey\b",
        r"\bshare (?:your )?feedback\b",
    ),
    _signal(
        Kind.AUTO_REPLY,
        6.0,
        "is an automatic reply",
        r"\b(?:i am|i'm|i will be) (?:currently )?(?:out of (?:the )?office|on (?:annual |parental )?leave|away)"
        r" (?:until|from|and|with|returning)\b",
        r"\bwith (?:limited|no) access to (?:my )?e-?mail\b",
        r"\bthis is an automatic (?:reply|response)\b",
        r"\bhas (?:accepted|declined|tentatively accepted) this invitation\b",
    ),
    _signal(
        Kind.INTERNAL,
        3.0,
        "asks you to help interview other candidates",
        r"\b(?:i'm|i am|we're|we are) interviewing (?:\w+ ){0,2}(?:candidates|applicants|people)\b",
        r"\bsit in on (?:one|an interview|the interview|a panel|the panel)\b",
    ),
    _signal(
        Kind.INTERNAL,
        3.0,
        "sets a meeting about everyday work, not about a job",
        # "Can we grab 30 minutes Thursday at 2 to go over the Q4 client roadmap?"
        r"\b(?:go over|go through|talk through|walk through|sync on|catch up on) (?:the|our|this|next) "
        r"(?:[\w-]+ ){0,2}(?:q[1-4]|quarterly|budget|roadmap|forecast|invoices?|deck|slides|sprint|audit|timesheets?"
        r"|campaign|launch|board pack|project plan)\b",
    ),
    _signal(
        Kind.INTERNAL,
        4.0,
        "is written to a group, not to one candidate",
        # Each greeting written out whole, so that the index files the phrase under them.
        r"(?:^|\n)[ \t]*(?:" + "|".join(GROUP_GREETINGS)
        + r"|bonjour à toutes et à tous|bonjour à tous|bonjour à toutes|hola a todos|hola a todas|buenos días a todos"
        r"|hallo zusammen|hallo alle|liebe alle|ciao a tutti|olá a todos|hej alla|hej allihop|hoi allemaal|beste allemaal)\b",
    ),
    _signal(
        Kind.SCHEDULED,
        6.0,
        "confirms the new time you picked",
        r"\bthank(?:s| you) for (?:selecting|choosing|picking|booking) (?:a|the|your) new (?:time|slot|date)\b",
        r"\b(?:has been|was|is) rescheduled and confirmed\b|\b(?:i|we)(?:'ve| have) moved you to\b",
    ),
    _signal(
        Kind.POST_INTERVIEW,
        2.0,
        "thanks you for an interview already held",
        r"\bthank(?:s| you) for (?:taking the time to )?(?:interviewing|speaking|meeting|chatting|"
        r"coming in|your time)\b",
        r"\b(?:enjoyed|was great) (?:speaking|talking|meeting|chatting)\b",
        r"\b(?:will|we'll) (?:be in touch|get back to you|follow up|update you)\b",
        r"\bbackground (?:check|screening)\b",
    ),
    _signal(
        Kind.COLD_OUTREACH,
        2.0,
        "is cold outreach about a role",
        r"\b(?:open|interested) (?:to|in) (?:hearing|learning|exploring|new|a new|discussing|a "
        r"conversation)\b",
        r"\bcame across your (?:profile|background|resume|github|work)\b",
        r"\bi(?:'m| am) (?:reaching out|working with|currently working on)\b",
        r"\bwould you be open to\b",
        r"\bexploring new (?:opportunities|roles)\b",
        r"\bif (?:you(?:'re| are)|this sounds) (?:interested|open)\b",
        r"\bno (?:specific|particular|live) (?:role|position|opening|vacancy)\b",
        r"\bi speciali[sz]e in (?:placing|recruiting|hiring)\b",
        r"\b(?:several|some|a few|one|many) of my clients\b",
        r"\bif you(?:'re| are) curious\b",
        r"\bi(?:'m| am) a recruiter (?:with|at|for)\b",
        r"\b(?:future|upcoming) (?:roles|opportunities|openings)\b",
        r"\bwhat you(?:'re| are) (?:looking for|after) (?:these days|next|now|at the moment)\b"
        r"|\b(?:roles|jobs|positions|opportunities) coming (?:through|up|in)\b",
    ),
    _signal(
        Kind.EVENT,
        4.0,
        "invites you to an event, not an interview",
        r"\bwebinar\b|\bwebinaires?\b|\bwebin[aá]rios?\b|\bseminarios? web\b",
        r"\bcareers? (?:fair|expo|event|day)s?\b",
        r"\b(?:your registration (?:is|has been) confirmed|you(?:'re| are) registered for|all registrants)\b",
        r"\b(?:jobs?|hiring|recruiting|recruitment|graduate) (?:fair|event|expo)s?\b",
        r"\b(?:info|information|open) (?:session|evening|house|day)\b",
        r"\b(?:networking|meetup|community) (?:event|evening|night)\b",
        r"\blightning talks?\b|\byour live (?:session|class|workshop)\b",
        r"\b(?:join|attend|rsvp for|come to|invited to|register for) (?:us at )?(?:our|the|this|a|next) (?:[\w-]+ ){0,3}"
        r"meetup\b(?!-)",
        r"\bmasterclass\b",
        r"\b(?:interview|career|resume|cv) (?:skills )?workshop\b",
        r"\b(?:structured )?interview(?:ing|er)? (?:panel )?(?:skills )?(?:training|workshop|course)\b",
        r"\b(?:join|book|attend) (?:our|this|the|a) (?:[\w-]+ ){0,2}workshop\b",
    ),
    _signal(
        Kind.OTHER_INTERVIEW,
        5.0,
        "is an interview or appointment of another kind (press, podcast, research, visa, housing, health)",
        r"\bpodcast\b",
        r"\b(?:property )?viewing (?:appointment|confirmed|request|slot)\b",
        r"\byour viewing\b|\bviewing of (?:the|a|this) (?:[\w-]+ ){0,3}(?:flat|apartment|house|property|room|unit)\b",
        r"\bvisite (?:de l'appartement|du logement|de la maison)\b|\bwohnungsbesichtigung\b|\bvisita (?:al piso|do apartamento)\b",
        r"\bbezichtiging\b",
        r"\b(?:prospective|candidate)[- ]tenants?\b",
        r"\b(?:landlord|letting agent|rental application|lease agreement)\b",
        r"\b(?:dental|dentist|doctor's|medical|gp|hospital|clinic) appointment\b",
        r"\b(?:mock|practice|peer practice) interview",
        r"\bmock (?:run|session|round|panel)s?\b",
        r"\b(?:exit|stay) interview\b",
        r"\boffboarding\b",
        r"\b(?:named|listed|given) you as (?:a |their |his |her )?(?:referee|reference)\b",
        # An agency offering its candidate to the reader: the reader is the employer.
        r"\b(?:my|our) candidate,? (?:[\w.,-]+ ){0,3}(?:is|are|would be) (?:available|free|keen|interested|open)\b",
        r"\b(?:put forward|submit|present|introduce) (?:a|my|our|one of my|one of our) (?:[\w-]+ )?candidates?\b",
        r"\binterview (?:practice|prep(?:aration)? (?:session|course|class))\b",
        r"\bepisodes?\b",
        r"\b(?:come on|be) (?:as )?(?:a|our|my) guest\b|\blisteners\b|\bi host\b",
        r"\binformational (?:interview|chat|call|conversation|meeting)s?\b",
        r"\bi(?:'m| am) (?:a|an) (?:[\w-]+ )?(?:correspondent|reporter|journalist)\b",
        r"\b(?:a|my|our) (?:story|article|piece) (?:on|about)\b",
        r"\bresearch panel\b",
        r"\bresearch (?:interview|unit|participants?)\b|\b(?:take|taking) part in (?:a|our|this) (?:\d+-minute )?(?:research|study)\b",
        r"\b(?:join|sit) (?:as )?(?:a|our) guest panel(?:ist)?\b|\bwould you (?:join|sit) (?:as|on) (?:a|our) "
        r"(?:guest )?panel(?:ist)?\b",
        r"\bvoucher\b",
        r"\bmentor(?:ing|ship)? (?:session|call|meeting|programme|program|chat)s?\b",
        r"\b(?:tenant|tenancy) (?:interview|screening|application)\b|\bcredit check\b|\bshow (?:you )?(?:the|it) (?:apartment|flat|property)\b",
        r"\b(?:school|class|student|career(?:s)?[- ]day) (?:project|newspaper|interview)\b|\bjournal de l'école\b"
        r"|\b(?:our|the) \d{1,2}(?:st|nd|rd|th) graders\b",
        r"\b(?:our|my) (?:weekly |biweekly |monthly |regular )?(?:1:1|1-on-1|one-on-one)\b",
        r"\b(?:weekly|biweekly|monthly) (?:1:1|1-on-1|one-on-one|sync|standup|stand-up)\b|\bteam sync\b",
        r"\bparent[- ]teacher (?:interviews?|conferences?|meetings?)\b|\bparents'? evening\b",
        r"\badmissions? (?:interview|assessment)s?\b",
        r"\bparents? (?:are|is) (?:requested|asked|invited) to\b",
        r"\b(?:reporter|journalist|editor) (?:at|for|with)\b",
        r"\b(?:for|in) (?:an?|our|my) (?:article|story|feature|piece|report)\b",
        r"\bworking on (?:an?|my|our) (?:article|story|feature|piece)\b",
        r"\b(?:science|staff|freelance|features?) (?:writer|journalist|editor)\b",
        r"\buser (?:research|interview|study|testing)\b",
        r"\b(?:research|usability) (?:study|session|participant)\b",
        r"\bgift card\b",
        r"\b(?:visa|consular|embassy|immigration|citizenship|naturali[sz]ation) (?:interview|appointment|section)\b",
        r"\bds-160\b",
        r"\b(?:identity|id|right[- ]to[- ]work) (?:document )?(?:check|verification)\b",
        # An accountant, adviser or lawyer proposing a time to a client.
        r"\b(?:tax|financial|retirement|estate|pension|mortgage|remortgage|insurance|investment|wealth|legal) "
        r"(?:planning|review|consultation|advice|check-?up)\b",
        r"\b(?:your|the) (?:last|previous|past) (?:two |three |few )?(?:tax )?returns\b",
        r"\b(?:listed|named|given) you as (?:a|their|his|her) (?:professional )?reference\b",
        r"\breference (?:check|call|request)\b",
        r"\bas (?:an|the) interviewer\b",
        r"\b(?:interview panel|hiring panel) for (?:a|the|our) (?:candidate|role|position)\b",
        r"\bscorecard\b",
    ),
    _signal(
        Kind.MARKETING,
        3.0,
        "is a newsletter, event or sales mail",
        r"\bnewsletter\b",
        r"\byou appeared in \d+ searches\b|\bsearch appearances\b|\btop posts from your communit\w*|\bupvotes\b"
        r"|\byour profile was found by\b|\bsee who'?s (?:looking|viewed)\b",
        r"\bregister (?:now|today|here)\b",
        r"\b(?:book|schedule|request) a (?:free |quick |personalized )?demo\b",
        r"\b(?:product|quick|short|live|personali[sz]ed|custom|platform|tailored) demo\b",
        r"\b(?:show|give|walk) you (?:a |an |our )?(?:[\w-]{1,20} ){0,2}demo\b",
        r"\b\d{1,3}[- ]?min(?:ute)?s? demo\b",
        r"\bpricing (?:for|plans?|tiers?|options)\b",
        r"\bfree trial\b",
        r"\b(?:teams|companies|customers|brands|retailers) like yours\b",
        r"\b\d+ (?:startups|companies|employers|recruiters) (?:viewed|want to|are interested|sent you)\b",
        r"\bpre-?selected for\b|\bno interview (?:required|needed)\b|\bclaim your (?:spot|place|position)\b",
        r"\b\d{1,4}% off\b",
        r"\breserve your (?:seats?|spots?|places?)\b",
        r"\bfree (?:live )?(?:workshop|webinar|masterclass|event|session)\b",
        r"\bdoors open\b",
        r"^(?:hi|hello|hey|dear) (?:team|all|everyone|folks|colleagues)\b",
    ),
    _signal(
        Kind.MARKETING,
        1.5,
        "has a mailing-list footer",
        # Footers mark bulk mail, but applicant tracking systems and calendars add them to
        # real invitations too: a hint, never enough alone to outweigh an invitation.
        r"\bview (?:this email )?in (?:your )?browser\b",
        # Not the calendar's "You are receiving this email at the account ... because you are an attendee".
        r"\byou(?:'re| are) receiving this\b(?! (?:email|courtesy email) at the account)",
        r"\b(?:unsubscribe|manage (?:your )?(?:email )?preferences)\b",
        r"\brsvp\b",
    ),
    _signal(
        Kind.CANDIDATE_REPLY,
        2.0,
        "is the candidate's own reply",
        r"\b(?:that|this|the \w{1,30} slot|tuesday|wednesday|thursday|monday|friday|it) works (?:for me|"
        r"great|perfectly)\b",
        r"\bi(?:'m| am| would be| will be)? (?:happy|glad|delighted|pleased) to (?:confirm|accept|join|"
        r"meet|interview|attend)\b",
        r"\bi (?:can|will) (?:make|do|attend|join)\b",
        # The same offer of the writer's own time in other languages: "posso às 15h", "puedo el martes a las 10".
        r"\b(?:eu posso|posso|puedo|je peux|ich kann|kan jag|ik kan) (?:às|as|na|no|a las|el|à|le|am|um|på|om)\b",
        r"\bi(?:'d| would) (?:like|prefer) the\b",
        r"\bthank(?:s| you) for (?:the|your) (?:invitation|invite|opportunity)\b.{0,80}\bi\b",
        r"\bi(?:'ll| will) be there\b",
        r"\bme (?:convient|va très bien|viene bien|queda bien|conviene)\b|\bpasst mir\b|\bkomt mij goed uit\b",
        r"(?<!should )(?<!shall )(?<!can )(?<!do )(?<!to )\bi (?:confirm|accept)\b",
        r"\bmy availability\b",
        r"\bi(?:'m| am) (?:available|free) (?:on|at|any|from|between|tuesday|wednesday|thursday|monday|"
        r"friday)\b",
    ),
    _signal(
        Kind.CANCELLED,
        3.0,
        "cancels an interview",
        r"\b(?:has|have) (?:been|had to be) cancel{1,2}ed\b",
        r"(?<!if you )(?<!should you )(?<!you )\b(?:need|have|had) to cancel\b",
        r"\bcancel{1,2}ation\b",
        r"(?<!\| )\b(?:cancelar|cancelamos|cancelado|cancelada|annuler|annulé|annulons|absagen|abgesagt|annuleren|geannuleerd"
        r"|annullare|annullato|annullata|odwołać|odwołane)\b(?! \|)(?! (?:los |las )?(?:mensajes|notificaciones|suscripci))",
        r"\bon hold\b",
        r"\b(?:application|candidacy) (?:\w{1,30} ){0,5}(?:has been|was|is) (?:now )?withdrawn\b",
        r"\bwithdrawn your (?:application|candidacy)\b",
        r"\b(?:i|we)(?:'ve| have)? cancel{1,2}ed (?:your|the|our)\b",
        r"\b(?:has been|was) removed from (?:the|your|our) calendar\b",
        r"\b(?:removed|taken) you (?:off|from) (?:the |our |\w+'s )?(?:[\w-]+ ){0,2}(?:schedule|calendar|list|process)\b",
    ),
)

SUBJECT_SIGNALS: tuple[Signal, ...] = (
    _signal(
        Kind.OTHER_INTERVIEW,
        9.0,
        "subject asks you onto a podcast",
        r"\bpodcast\b",
    ),
    _signal(
        Kind.OTHER_INTERVIEW,
        5.0,
        "subject names a school appointment",
        r"\bparent[- ]teacher\b|\bparents'? evening\b",
    ),
    _signal(
        Kind.OTHER_INTERVIEW,
        5.0,
        "subject names a visa or consular appointment",
        r"\b(?:visa|consular|embassy|immigration|citizenship)\b[^|]{0,30}\b(?:interview|appointment)\b",
    ),
    _signal(
        Kind.AUTO_REPLY,
        6.0,
        "subject is an automatic reply",
        r"^(?:automatic reply|auto-?reply|autoreply|out of (?:the )?office|abwesenheitsnotiz|réponse automatique)\b",
    ),
    _signal(
        Kind.INVITE,
        2.0,
        "subject names an interview invitation",
        r"\binterview (?:invitation|invite|request|availability|scheduling)\b",
        r"\binvitation to (?:an? )?(?:\w{1,30}[ -]){0,2}interview\b",
        r"\bschedul(?:e|ing) (?:your|an|a|the) ",
        r"\b(?:your )?availability\b",
        r"\blet'?s (?:chat|talk|connect|set up)\b",
        r"^(?:updated )?(?:invitation|convite|invitación|einladung|invitation à)\s?: ",
        # "Agende sua entrevista", "Agenda tu entrevista", "Planifiez votre entretien".
        r"\b(?:agende|agenda|programa|reserve|reserva|marque) (?:a )?(?:sua|tu|su) entrevista\b"
        r"|\b(?:planifiez|réservez|programmez) votre entretien\b|\bprenota il (?:tuo )?colloquio\b",
    ),
    _signal(
        Kind.INVITE,
        1.0,
        "subject speaks of next steps",
        r"\bnext steps?\b",
    ),
    _signal(
        Kind.SCHEDULED,
        2.0,
        "subject confirms or reminds of an interview",
        r"\b(?:interview|call|meeting) (?:confirmed|confirmation|reminder|details|itinerary|scheduled|booked)\b",
        r"\bconfirmed:",
        r"\breminder\b",
    ),
    _signal(
        Kind.RESCHEDULE,
        2.0,
        SUBJECT_ASKS_TO_RESCHEDULE,
        r"\bre-?schedul",
        # Not "Your application status has changed".
        r"\b(?:(?<!status )(?<!status has )(?<!status was )change|new time|moving(?! (?:forward|ahead|on)\b)|postpone)",
        r"\b(?:can|could) we (?:move|push|shift|bump)\b",
        r"^updated:",
        r"日程変更",
        r"\bmoved\b(?! (?:forward|ahead|on|to the next))|\bspostamento\b",
        r"\b(?:verschoben|d[ée]cal[ée]|report[ée]|reprogramad[oa]|remarcad[oa])\b|\breport de (?:votre|l'|notre)",
        r"\b(?:cambio|mudança|alteração|changement|modification|cambiamento|wijziging) (?:de|di|d') ?(?:hora|horario|horário"
        r"|fecha|data|heure|horaire|date|orario|tijd)\b|\bterminänderung\b|\bneuer termin\b"
        r"|\bcambio en (?:tu|su|la) entrevista\b",
        r"^updated invitation(?! with note)",
    ),
    _signal(
        Kind.REJECTION,
        1.5,
        "subject reads like a decision",
        r"\b(?:update on|regarding|about) your application\b",
        r"\bapplication (?:status|update)\b",
    ),
    _signal(
        Kind.APPLICATION_RECEIVED,
        2.0,
        "subject acknowledges an application",
        r"\b(?:application|we) (?:received|submitted)\b",
        r"\bthank(?:s| you) for (?:applying|your application|your interest)\b",
    ),
    _signal(
        Kind.JOB_ALERT,
        3.0,
        "subject is a job alert",
        r"\bjob alert\b",
        r"\bjobs? for you\b",
        r"\bnew jobs?\b",
        r"\bjobs? (?:matching|similar)\b",
    ),
    _signal(
        Kind.AUTO_REPLY,
        6.0,
        "answers a calendar invitation",
        r"^(?:accepted|declined|tentative|tentatively accepted|new time proposed)\s*:",
    ),
    _signal(
        Kind.OFFER,
        3.0,
        "subject names an offer",
        r"\boffer (?:letter|of employment)\b",
        r"\byour offer\b",
        r"^offer\b",
        r"\boffer\s*[-–:|]",
    ),
    _signal(
        Kind.CANCELLED,
        3.0,
        "subject cancels an event",
        r"^(?:canceled|cancelled|cancelado|cancelada|annulé|abgesagt|geannuleerd)(?: event)?:",
        r"\binterview cancel{1,2}ed\b",
    ),
    _signal(
        Kind.INTERVIEW,
        1.0,
        "subject mentions an interview",
        r"\binterview",
        r"\bphone screen",
        r"\bscreening call\b",
    ),
)



class SignalIndex:
    """Finds which of a list of signals occur in a text, trying as few patterns as it can.

    One Aho-Corasick pass lists the literals present; each phrase is filed under the
    literals of its rarest group (or the question mark it needs), so only phrases whose
    literals are present are checked further, and only those whose other groups of
    uncommon literals are present too are searched, in windows around the occurrences.
    """

    def __init__(self, signals: tuple[Signal, ...]) -> None:
        self.signals = signals
        self._always: list[tuple[int, Phrase]] = []
        # Per literal, the phrases filed under it with the groups of literals they need
        # besides the one that literal is in (often none), and whether every match of the
        # phrase begins with one of the literals it is filed under.
        self._by_literal: dict[str, list[tuple[int, Phrase, Requirement, bool]]] = {}
        self._automaton = ahocorasick.Automaton()
        for position, signal in enumerate(signals):
            for phrase in signal.phrases:
                dispatch = (rarest_group(phrase.requirement) or required_punctuation(phrase.pattern.pattern)
                            or _shortest_literals(phrase.pattern.pattern))
                if not dispatch:
                    self._always.append((position, phrase))
                    continue
                # Groups of common words are left to the regex: looking them up in every
                # mail would cost more than the few searches they spare.
                others = tuple(group for group in phrase.requirement if group != dispatch and not is_common_group(group))
                leading = leading_literals(phrase.pattern.pattern)
                begins_with_dispatch = bool(leading) and leading <= dispatch
                for literal in dispatch:
                    self._by_literal.setdefault(literal, []).append((position, phrase, others, begins_with_dispatch))
        literals = {literal for entries in self._by_literal.values() for _, _, others, _ in entries
                    for group in others for literal in group}
        for literal in literals.union(self._by_literal):
            self._automaton.add_word(literal, literal)
        self._automaton.make_automaton()

    def found(self, text: str) -> list[Signal]:
        """The signals that occur in ``text``, in their declared order."""
        # Plain loops and dict.get rather than defaultdict and generators: this runs for
        # every literal occurrence of every mail, so each step of it shows.
        ends: dict[str, list[int]] = {}
        if text and self._automaton.kind == ahocorasick.AHOCORASICK:
            for end, literal in self._automaton.iter(text):
                literal_ends = ends.get(literal)
                if literal_ends is None:
                    ends[literal] = [end]
                else:
                    literal_ends.append(end)
        hits: set[int] = set()
        for position, phrase in self._always:
            if position not in hits and phrase.found_in(text):
                hits.add(position)
        for literal, literal_ends in ends.items():
            entries = self._by_literal.get(literal)
            if entries is None:
                continue
            length = len(literal)
            for position, phrase, others, begins_with_dispatch in entries:
                if position in hits or others and not _all_present(others, ends):
                    continue
                # The windows are worked out only for a phrase whose other literals are there too.
                if begins_with_dispatch:
                    found = phrase.found_at(text, literal_ends, length)
                else:
                    found = phrase.found_near(text, literal_ends, length)
                if found:
                    hits.add(position)
        return [self.signals[position] for position in sorted(hits)]


def _shortest_literals(pattern: str) -> Alternatives:
    """The rarest group of literals of any length that ``pattern`` requires.

    For wording where one choice is a word of one or two characters ("職位", "面接"):
    ``Phrase.requirement`` leaves short literals out and knows nothing of it, yet such
    a phrase need not be searched in every text."""
    return rarest_group(required_literals(pattern, shortest=1))


def _all_present(groups: Requirement, present: dict[str, list[int]]) -> bool:
    """Whether each of ``groups`` has a literal among the keys of ``present``."""
    for group in groups:
        for literal in group:
            if literal in present:
                break
        else:
            return False
    return True
