"""Where a date or time is *not* a proposal: deadlines, past events, opening hours, the
end of an event, the slot being cancelled or moved, a time restated in another zone.

The checks read only the words just before a mention, inside its clause, because that
is where English puts "by", "no later than", "we met on", "instead of"...  Quoted history
is not this module's business: the caller passes the newest part of the message
(``tactful.core.quoting.split_newest``).
"""

from __future__ import annotations

import re

from tactful.core.times.dates import FOREIGN_TOMORROW, FOREIGN_WEEKDAYS, is_day_ordinal_dot
from tactful.core.times.lowered import Literals

# The patterns below run on the lower-cased text (see ``lowered``).
_CLAUSE_MARKS = (";", "!", "?", "\n")
# What may stand before a full stop that does not end the clause: "2 p.m.", "at 10am.", "approx.".
_ABBREVIATED_END_RE = re.compile(r"(?:[ap]\.m|(?<!\w)[ap]m|(?<!\w)(?:approx|ca|circa))$")
_ABBREVIATION_CHARS = len("approx")

# A deadline names the day right before the mention: "by Friday", "no later than 5pm".
_DEADLINE_TAIL_RE = re.compile(
    # "come by on Friday at 9" visits: "by" after a verb of coming sets no deadline.
    r"\b(?:(?<!come\s)(?<!coming\s)(?<!stop\s)(?<!swing\s)(?<!drop\s)(?<!pop\s)by|(?<!minutes\s)(?<!mins\s)(?<!min\s)before|until|till|no\s+later\s+than|not\s+later\s+than|prior\s+to|deadline(?:\s+is)?"
    r"|due(?:\s+(?:on|by|date))?|expires?(?:\s+on)?|expiring(?:\s+on)?|expiry(?:\s+date)?"
    r"|closes?(?:\s+on)?|closing(?:\s+date)?|cut-?off(?:\s+is)?|valid\s+(?:until|through)"
    r"|submit(?:ted)?\s+by|open\s+until"
    # The same in the main European languages: "d'ici le", "antes del", "uiterlijk op", "spätestens am", "entro il".
    r"|d['’]ici(?:\s+(?:le|au))?|avant\s+le|au\s+plus\s+tard(?:\s+le)?|antes\s+del?|a\s+más\s+tardar(?:\s+el)?"
    r"|uiterlijk(?:\s+op)?|spätestens(?:\s+(?:am|bis(?:\s+zum)?))?|entro(?:\s+(?:il|le))?)\s*:?\s*"
    r"(?:(?:the\s+)?end\s+of(?:\s+(?:the\s+)?day|\s+business)?|eod|cob|eow|close\s+of\s+business"
    r"|midnight|noon)?\s*(?:on\s+|,\s*|at\s+)?$",
)
# Swedish "move ... to": "kan vi flytta den till måndag".
_MOVED_TILL_RE = re.compile(r"\bflytt\w*(?:\s+[\w'’]+){0,3}\s+till\s*$")
# The longest deadline tail ("no later than the end of business on ") fits in this many
# characters: searching only them spares trying the pattern at every word of the clause.
_DEADLINE_TAIL_CHARS = 48
# Words that make the whole clause about a deadline or a past event.
_CLAUSE_NEGATIVE_RE = re.compile(
    r"\b(?:deadline|expire[sd]?|expiring|expiry|no\s+later\s+than)\b"
    r"|\b(?:met|spoke|talked|chatted|applied|submitted|received|interviewed|visited|called"
    r"|emailed|connected|attended)\b(?:\s+\S+){0,4}?\s+(?:on|last)\s*$"
    r"|\b(?:office|business|opening|support|working)\s+hours\b[^,\n]{0,40}$|\bwe(?:'re|’re|\s+are)\s+open\b"
    r"|\bopen\s+(?:from|daily|between)\b|\bhours\s*:\s*$",
)
# No leading \b: it would cost ``re`` its fast skip to the first letters on a whole line.
_LINE_NEGATIVE_RE = re.compile(
    r"(?:office|business|opening|support)\s+hours\b|we(?:'re|’re|\s+are)\s+open\b",
)
# What follows the "a" that leads to a new slot in Spanish, Italian and Portuguese ("moverla a las
# 10"), unlike the Portuguese article ("remarcar a entrevista"); an "a" that ends the clause leads
# to the date right after it ("spostare il colloquio a lunedì").
_NEW_DAY_AFTER_A = "|".join((*FOREIGN_WEEKDAYS, *FOREIGN_TOMORROW, r"las?", r"\d", "otr[oa]", "altr[oa]", "un"))
# The slot that is being given up: "instead of Thursday", "can't make our 10:00", "move
# Thursday's 2pm call (to ...)", "originally booked for".  A move verb marks the old time
# only until a word introducing the new one ("to", "for"...) follows it.
_CANCELLED_RE = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:[\w'’]+\s+){0,3}$"
    r"|\b(?:can(?:'|’)?t|cannot|can\s+not|won(?:'|’)t|will\s+not|unable\s+to|not\s+able\s+to|no\s+longer)"
    r"\s+(?:[\w'’]+\s+)?(?:make|do|attend|meet|be|go|keep|hold|host|join|run|manage|available|work|take|conduct)\b"
    r"[^,\n]{0,50}$"
    r"|\b(?:originally|previously|initially|currently)\b[^,\n]{0,40}$"
    # A line or a bracket that labels the old slot: "Old time: ...", "Previous: ...", "(was Thursday ...".
    r"|^\s*(?:previous|old|original|former|was)(?:\s+(?:time|date|slot|interview|booking))?\s*:\s*$|\(\s*was\s+$"
    r"|\b(?:was|were|had\s+been)\s+(?:scheduled|booked|set|planned|arranged)\b[^,\n]{0,30}$"
    # The same in other languages: "som var inbokad på onsdag", "la hora anterior (miércoles 4 de marzo,".
    r"|\b(?:som|der|die)\s+var\s+(?:inbokad|bokad|bokat|booket|planlagt|planerad)\b[^,\n]{0,30}$"
    r"|\b(?:estava|estaba|era|était|war)\s+(?:marcad[ao]|agendad[ao]|programad[ao]|prevue?|geplant|angesetzt|previst[ao])"
    r"\b[^,\n]{0,40}$"
    r"|\bque\s+(?:teníamos|tínhamos|tenemos|temos)\s+(?:para|marcad[ao]|agendad[ao])\b[^,\n]{0,40}$"
    r"|\b(?:hora|fecha|horario|cita|data|horário)\s+(?:anterior|antig[ao]|original)\b[^)\n]{0,40}$"
    r"|\b(?:was|were)\s+(?:due|going)\s+to\s+(?:meet|interview|speak|talk|see)\b[^,\n]{0,50}$"
    # Someone cannot take part, in Portuguese, Spanish, French, Dutch, Italian: "não vai conseguir participar da".
    r"|\b(?:não|no|ne|niet|non)\s+(?:[\w'’-]+\s+){0,2}(?:participar|asistir|assister|participer|comparecer|deelnemen"
    r"|partecipare|hacer|realizar|mantener|fazer|atender\w*|recibir\w*|conseguir)\b[^,\n]{0,50}$"
    # The slot a move starts from: "décaler notre rendez-vous de jeudi 17 décembre 10h au lundi 21".
    r"|\b(?:décal\w*|déplac\w*|report(?:er|ons)|mover|cambiar|spostare|remarcar|reagendar)\b[^.?!\n]{0,40}"
    r"\b(?:de|du|del|dal|da|do)\s+(?:[\w'’-]+\s+){0,4}$"
    # Polish: "nie dam rady w środę 13.01 o 15:00", "nie mogę jutro o 10".
    r"|\bnie\s+(?:dam\s+rady|mogę|moge|będę\s+mogł[ao]?|zdążę)\b[^,\n]{0,50}$"
    # "ne pourra malheureusement pas vous rencontrer jeudi à 14 h comme prévu".
    r"|\bne\s+(?:[\w'’-]+\s+){1,4}(?:rencontrer|recevoir|voir|tenir|maintenir)\b[^,\n]{0,50}$"
    r"|\b(?:conflict|clash|overlap|collide)(?:es|s|ping|d)?\s+(?:with\s+(?:[\w'’]+\s+){0,5}|(?:your|our|the)\s+(?:[\w'’]+\s+){0,4})"
    r"(?:\(\s*)?$"
    # The interview named as fixed before its slot: "l'entretien prévu ce lundi", "il colloquio fissato per martedì";
    # not a sentence saying it is fixed: "il colloquio è fissato per venerdì".
    r"|\b(?:entretien|colloquio|entrevista|gespräch|rendez-vous|cita)\s+"
    r"(?:(?!(?:è|est|es|está|ist|sera|será|sarà|stato|été|fica|foi)\s)[\w'’]+\s+){0,2}"
    r"(?:prévue?|fixée?|fissat[oa]|previst[oa])\s+"
    r"(?:pour\s+|per\s+|para\s+)?(?:ce\s+|le\s+|il\s+|el\s+|o\s+)?$"
    # Something else landed on the booked slot: "a board meeting just landed on top of our Thursday 2pm".
    r"|\bon\s+top\s+of\s+(?:our|your|my|the)\s+(?:[\w'’]+\s+){0,3}$"
    r"|\b(?P<verb>move|moving|push|pushing|bump|bumping|shift|shifting|reschedul\w*|postpon\w*|chang\w*"
    # The same verbs in French, Portuguese, Spanish and Italian: "décaler notre entretien prévu jeudi".
    r"|décal\w*|déplac\w*|report(?:er|ons)|remarc\w*|reagend\w*|reprogram\w*|aplaz\w*|pospon\w*|spost\w*|mover"
    r"|rimand\w*|posticip\w*)"
    # Not the words that lead to the new slot: "to", and "à", "para", "al", Spanish "a las 10"...
    r"(?:\s+\(?(?!(?:to|for|into|until|till|would|could|how|what|does|is|with|à|au|aux|pour|para|pra|al|alle"
    rf"|per)\b|a\s*$|a\s+(?:{_NEW_DAY_AFTER_A})\b)[\w'’]+){{0,4}}"
    # "reschedule your HR round planned for today at 3 PM".
    r"(?:\s+(?:planned|scheduled|booked|set|arranged)\s+for)?"
    r"(?:\s+(?:(?:on|at|from)\s+)?|\s*\(\s*)$"
    # "something came up on my side for tomorrow 3pm", "a patient booked into our 4:30 slot".
    r"|\bc[ao]me\s+up\b[^,\n]{0,30}\bfor\s+$|\bbooked\s+into\s+(?:our|your|the)\s+$",
)
# Words before a move verb that make it a noun: "a short trial shift this Saturday", "at 7am
# before shift or fri 2:30pm", "the start of shift".
_NOUN_MAKERS = (" a ", " the ", " your ", " our ", " trial ", " night ", " day ", " before ", " after ", " of ",
                " each ", " per ", " next ", " early ", " late ", " 2nd ", " second ")
# One of these is in every clause ``_CANCELLED_RE`` finds ("can" covers "cannot" and "can't",
# "able" "unable", "will" "will not", "came" and "come" "came up", "top" "on top of"): most
# clauses hold none, and are spared its search.
_CANCELLED_HINTS = Literals((
    "instead", "rather", "place", "can", "won", "able", "longer", "initially", "currently", "was", "were", "been",
    "conflict", "clash", "overlap", "collide", "top", "mov", "particip", "asist", "assist", "comparec", "deelnem",
    "partecip", "hacer", "realiz", "manten", "fazer", "will", "push", "bump", "shift", "planned", "came", "come",
    "booked", "atend", "recib", "previous", "old", "original", "former", "anterior", "antig", "var", "estav", "estab",
    "était", "war", "tenemos", "teníamos", "tínhamos", "temos", "reschedul", "postpon", "chang", "décal", "déplac",
    "report", "remarc", "reagend", "reprogram", "aplaz", "spost", "rimand", "posticip", "prévu", "fixé", "fissat",
    "previst", "conseg", "rencontr", "recev", "voir", "tenir", "rady", "mogę", "moge", "będę", "zdążę", "cambiar",
))
# A time the meeting ends at, not one it starts at: "finishes at approximately 4pm".
_END_RE = re.compile(
    r"\b(?:finish(?:es|ing)?|ends?|ending|wrap(?:s|ping)?\s+up|conclud(?:es|ing)?|done|over"
    # "runs until about 1:00 PM".
    r"|(?:runs?|running|lasts?|lasting|goes|going|continues?)\s+(?:until|till|to|through))"
    r"(?:\s+(?:at|by|around|approximately|approx\.?|about|roughly|~))*\s*$"
    # The hedged end of a range: "8:45 AM - approximately 1:00 PM".
    r"|\d\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to|until|till)\s+(?:approximately|approx\.?|about|around|roughly|~)\s*$"
    # A line labelled as the end, in English and other languages: "End: 10/20/2026 10:00 AM", "Ende: 15 Uhr".
    r"|^\s*(?:end(?:s|\s+time)?|finish(?:es)?|ende|fin|einde|eindtijd|hora\s+de\s+fin|fim|término)\s*:",
)
# A time set some minutes ahead of the start: "please log in ten minutes early, at 10:50".
_AHEAD_RE = re.compile(r"\b(?:minutes?|mins?)\s+(?:early|earlier|ahead(?:\s+of\s+time)?|beforehand|in\s+advance)\b[\s,:(]*(?:at|by|i\.e\.?|so)?\s*$")
_AHEAD_WORDS = ("early", "ahead", "beforehand", "advance")
# When to arrive or register, which the start of the interview may follow: "please arrive
# around 9:45", "registration opens 08:30", "Arrival: 9:30 AM".
_ARRIVAL_RE = re.compile(
    r"\b(?:arriv\w*|registration|check(?:-|\s)?in|doors\s+open|report(?:ing)?\s+time|report\s+at"
    r"|sign(?:-|\s)?in)\b[^,\n]{0,30}$"
)
_ARRIVAL_WORDS = ("arriv", "registration", "check", "doors", "sign", "report")
# Where to come and for when, which a time said to begin may follow: "please come to the
# School Office for 09:45 ... your interview begins at 10:00".
_COME_WORDS = ("come to", "report to", "get to")
_COME_FOR_RE = re.compile(r"\b(?:come|report|get)\s+to\b[^\n]{0,60}\bfor\s*$")
# A time called the start after it: "arrive 8:45 for a 9:00 am start".
_START_AFTER_RE = re.compile(r"[ \t]*(?:start|kick-?off)\b")
# A time said to be a start: "begins at 10:00", "starts at 9".
_STATED_START_RE = re.compile(r"\b(?:begins?|starts?|commences?|kicks?\s+off)(?:\s+(?:at|from|promptly\s+at))?\s*$")
# Someone's other engagement: "our CTO has a board call at 11", "I have a flight at 6".
_OTHER_EVENT_RE = re.compile(
    # Not a call proposed: "could we have a call at 3", "happy to have a call at 3", "let's have ...".
    r"(?<!\bwe\s)(?<!\byou\s)(?<!\bto\s)(?<!\blet's\s)(?<!\blet’s\s)(?<!'ll\s)(?<!’ll\s)"
    r"\b(?:has|have|had|got)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:call|meeting|appointment|flight|commitment|conflict|offsite|all-hands|board)\s+(?:(?:at|from)\s*)?$"
    # The engagement as the subject, new in the diary: "a staff meeting got added at 4".
    r"|\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|appointment|flight|commitment|offsite|all-hands)"
    r"\s+(?:just\s+)?(?:got|was|has\s+been)\s+(?:just\s+)?(?:added|scheduled|booked|put\s+in|set\s+up)"
    r"\s+(?:(?:at|for|from)\s*)?$"
)
_OTHER_EVENT_WORDS = ("has ", "have ", "had ", "got ", "was ", "been ")
# Words one of which each pattern below needs: testing them with ``in`` first is much
# cheaper than a regex search that fails at every position of the clause.
_END_WORDS = ("finish", "end", "wrap", "conclud", "done", "over", "until", "till", "through", "approx", "about",
              "around", "roughly", "~", "fin", "einde", "fim", "término")
_BREAK_WORDS = ("lunch", "dinner", "breakfast", "break")
# A meal or a break on an onsite agenda is not an interview slot: "lunch is from 12 to 1".
# Not "after lunch" or "before lunch": they place the interview, not the meal.
_BREAK_RE = re.compile(r"(?<!after )(?<!before )\b(?:lunch|dinner|breakfast|break)\b[^,)\n]{0,50}$")
# An agenda row that names a break after its time: "11:30 AM - 12:15 PM   Lunch with the team".
_BREAK_AFTER_RE = re.compile(r"[\s:|·•–—-]*(?:lunch|dinner|breakfast|(?:coffee\s+)?break)\b")
# The booked slot a message then moves: "your interview confirmed for 18 Mar, 10.00am".
_BOOKED_RE = re.compile(r"(?:confirmed|scheduled|booked|set|arranged|planned)\s+(?:for|on|at)\b[^\n]{0,40}$")
# A move to a new slot anywhere in a clause: "could we move to Thursday 9/17 at".
_MOVED_TO_RE = re.compile(
    r"\b(?:push|move|bump|shift|switch|change|reschedule|postpone)\w*\b(?:\s+[\w'’]+){0,3}?\s+to\b"
)
# A move to a new time: "can we push to 3?", "could we move it to 3pm".
_MOVES_TO_RE = re.compile(
    r"\b(?:push|move|bump|shift|switch|change|reschedule|postpone)\w*\b"
    r"(?:\s+(?:it|this|that|us|things|(?:the|our|your|\w+(?:'|’)s)\s+\w+|back|forward|up|later|earlier"
    # The day of the meeting moved: "can we bump our 3pm tmrw to 4:30?".
    r"|today|tomorrow|tmrw|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)){0,3}\s+to\s*$",
)
# A time offered in place of the booked one: "could we do 4pm instead?", "4pm instead of 2pm"
# (not "instead of Friday").
_INSTEAD_RE = re.compile(r"[ \t]+instead\b(?![ \t]+of\b(?![ \t]+\d))")
# Words right after a time that make it the reader's clock ("4pm your time", "6am for you",
# "10:30 in the morning for you"); not the question "does 3pm work for you?".
_FOR_THE_READER_RE = re.compile(
    r"[\s,]*(?:in\s+the\s+(?:morning|afternoon|evening)\s+)?(?:your\s+time|your\s+end|for\s+you)\b"
)
_ASIDE_RE = re.compile(
    r"\b(?:that(?:'|’)?s|that\s+is|which\s+(?:i\s+(?:think|believe)\s+)?(?:is|would\s+be|should\s+be)|i\.e\.)"
)
_ASIDE_WORDS = (r"(?:that(?:'|’)?s|that\s+is|which\s+is|i\.e\.?,?|aka|=|es\s+decir|c'est-à-dire|soit|d\.\s?h\.|das\s+heißt"
                r"|cioè|ou\s+seja|dat\s+wil\s+zeggen|dus|to\s+jest|yani)")
# A time right after another restates it in brackets, or after a comma and "that is" in a
# language: "2pm ET (that's 7pm in London)", "4pm your time (1pm for me in Seattle)",
# "12:00 (hora de Madrid), es decir, 05:00 en Ciudad de México".
_RESTATED_RE = re.compile(
    r"\s*(?:(?:your|my|our|local)\s+time\s*|for\s+you\s*)?"
    rf"(?:[(\[]\s*(?:{_ASIDE_WORDS}\s*)?|[,;–—-]\s*{_ASIDE_WORDS}\s*,?\s*)"
    # The restated time may carry its own day: "9am NZ (Thursday noon in LA)", "4:00 PM PST
    # (Thursday, January 7, 9:00 AM JST)".
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+)?"
)
# Between a zoned time and the same time in another zone: "16:30 (Paris time) - 11:30 New York".
_OTHER_ZONE_GAP_RE = re.compile(r"[ \t]*(?:/|[-–—]|\|)[ \t]*")
# After the old slot, in its clause: "... on 12 March at 11:00 has been rescheduled to ...".
# Found from "ed " (``str.find``), then read backwards: no slow regex start on the clause.
_MOVED_AWAY_RE = re.compile(
    r"(?:re-?schedul|mov|postpon|push|shift|chang|bump)ed(?:\s+(?:back|out|forward))?\s+(?:to|until|till)\b"
)
_MOVED_VERB_REACH = 14
# German and Dutch put the verb that gives a slot up after it: "das Gespräch am Dienstag um
# 14:00 absagen", "ons gesprek van 9:00 gaat niet door".
_GIVEN_UP_AFTER_RE = re.compile(
    r"[\s,]*(?:[\w:.]+\s+){0,3}?(?:verschieben|verlegen|absagen|streichen|verzetten|verplaatsen|afzeggen|annuleren"
    r"|gaat\s+(?:\w+\s+)?niet\s+door|(?:kan|kunnen)\s+(?:\w+\s+)?niet\s+doorgaan|fällt\s+(?:\w+\s+)?aus|entfällt|salta|saute"
    # Participles after "is"/"was" in the other languages: "est annulé", "foi cancelada", "è stato rinviato".
    r"|abgesagt|geannuleerd|afgezegd|annulée?|reportée?|cancelad[oa]|aplazad[oa]|adiad[oa]|annullat[oa]"
    r"|rinviat[oa]"
    # English: "our 10am won't happen"; in the passive: "your interview on Monday at 10:00 AM needs to be moved".
    r"|won(?:'|’)t\s+happen|will\s+not\s+happen|can(?:'|’)?t\s+go\s+ahead"
    r"|(?:needs?|has|have|must)\s+to\s+be\s+(?:moved|rescheduled|changed|postponed)|must\s+be\s+(?:moved|rescheduled)"
    # Spanish and Portuguese put the refusal after the slot too: "el jueves a las 17:00 no vamos a poder hacer".
    r"|no\s+(?:vamos\s+a\s+poder|va\s+a\s+poder|podremos|podemos|podr[áa]|puedo|podré)\s+(?:hacer|realizar|mantener|asistir)"
    r"|não\s+(?:vamos\s+conseguir|conseguiremos|poderemos|podemos|vai\s+dar)\b)\b"
)
# Where the new slot of such a move is led to: "auf Mittwoch um 15 Uhr verschieben", "verzetten naar dinsdag".
# The date may be written with commas before its time: "auf Freitag, 16. Oktober, 10:30 Uhr verschieben".
_NEW_SLOT_LEAD_RE = re.compile(r"\b(?:auf|naar|nach)\s+(?:[\w:.,]+\s+){0,4}$")
# A slot named as agreed or planned by the participle that German and Dutch put after it
# ("unser für Montag, 14:00 Uhr vereinbartes Gespräch", "ons voor dinsdag 10:00 geplande gesprek"),
# which the rest of the sentence gives up ("... verschieben", "... verzetten").
_BOOKED_PARTICIPLE_RE = re.compile(
    r"[\s,]*(?:uhr\s+)?(?:vereinbart|geplan(?:t|de)|angesetzt|vorgesehen|anberaumt|afgesproken|ingeplan(?:t|de))\w*\b"
)
# The booked meeting named before its slot, as Dutch and German write it: "ons gesprek van donderdag".
_OUR_MEETING_OF_RE = re.compile(
    r"\b(?:ons|onze|unser|unseren|unsere)\s+(?:gesprek|afspraak|interview|gespräch|termin|vorstellungsgespräch)"
    r"\s+(?:van|op|am|vom|von)\s+(?:[\w.,]+\s+){0,3}$"
)
_GIVE_UP_VERB_RE = re.compile(r"\b(?:verschieben|verlegen|absagen|streichen|verzetten|verplaatsen|afzeggen|annuleren)\b")
_SENTENCE_STOP_RE = re.compile(r"[.!?](?:\s|$)")
_SENTENCE_REACH = 200
# After the old slot: it is taken by something else now ("my 10:00 tomorrow just got
# double-booked", "Thursday's slot was taken").
_TAKEN_RE = re.compile(
    r"\b(?:double[- ]?booked|(?:got|gets|been|was|is|be)\s+(?:just\s+)?(?:taken|bumped|cancel+ed|booked\s+over"
    r"|postponed|called\s+off))\b"
)
# The same in Hindi-English: "kal ka 11:30 nahi ho payega", "12 PM slot cancel karna padega".
_GIVEN_UP_AFTER_HINGLISH_RE = re.compile(
    r"\b(?:nahi|nahin|nhi) ho (?:pa(?:a)?ye(?:ga|gi)|sak(?:ta|ti|ega|egi))\b"
    r"|\bcancel (?:karna|karni) (?:pade(?:ga|gi)|ho(?:ga|gi))\b|\bcancel ho (?:gaya|gayi|gya)\b"
)
_WAS_BOOKED_AFTER_RE = re.compile(
    r"\bwhen\s+(?:we|you|i)\s+(?:had|were\s+(?:due|going)\s+to|(?:had\s+)?(?:scheduled|booked|planned))\b"
    r"|\bwhen\s+(?:your|our|the)\s+(?:interview|call|meeting|chat)\s+(?:was|is\s+(?:currently\s+)?(?:scheduled|booked))\b"
)
# A message that moves the meeting: "we need to move our chat", "could you do Monday instead?".
_MOVE_CUE_RE = re.compile(
    r"(?:mov(?:e|ing)|reschedul|postpon|push(?:ed|ing)?\s+(?:back|it|the|our|to\b))|instead\b(?!\s+of\b)"
    # Something else took the booked slot: "an investor thing just landed on top of this".
    r"|\bon\s+top\s+of\b"
)
_BY_RE = re.compile(r"\bby\s*$")
_FOLLOWED_BY = "followed by"
_CHANGE_VERB_RE = re.compile(r"\b(?:chang|mov|push|shift|switch|bump|reschedul|postpon|bring|brought)\w*")
_TO_WORD_RE = re.compile(r"\b(?:to|for|until)\b")
# One hour traded for another before the day they share: "can we do 4 instead of 2 today?".
_HOUR = r"\d{1,2}(?:[:.][0-5]\d)?(?:\s?[ap]\.?m\.?)?"
_TRADED_HOURS_RE = re.compile(rf"(?:^|\s)(?:do|at|make\s+it)\s+{_HOUR}\s+instead\s+of\s+{_HOUR}\s+$")
_CLAUSE_WINDOW = 100


def clause_before(lowered: str, position: int) -> str:
    """The words of the clause that precede ``position`` (at most ``_CLAUSE_WINDOW`` chars).

    A clause ends at ``;!?``, a line break, or a full stop followed by white space that
    is not the one of "a.m." or "pm." nor that of a day number ("6. März").  Found with ``rfind`` rather than a regex scan of
    the window: this runs for every candidate and is the hot spot.
    """
    window_start = max(0, position - _CLAUSE_WINDOW)
    cut = max(lowered.rfind(";", window_start, position), lowered.rfind("!", window_start, position),
              lowered.rfind("?", window_start, position), lowered.rfind("\n", window_start, position))
    dot = position
    while (dot := _last_full_stop(lowered, window_start, dot)) > cut:
        if not _ends_no_clause(lowered, dot):
            cut = dot
            break
    return lowered[max(window_start, cut + 1):position]


def clause_after(lowered: str, position: int) -> str:
    """The words of the clause that follow ``position`` (at most ``_CLAUSE_WINDOW`` chars),
    cut as ``clause_before`` cuts."""
    window_end = min(len(lowered), position + _CLAUSE_WINDOW)
    cut = window_end
    for mark in _CLAUSE_MARKS:
        found = lowered.find(mark, position, cut)
        if found != -1:
            cut = found
    dot = lowered.find(". ", position, cut)
    while dot != -1:
        if not _ends_no_clause(lowered, dot):
            cut = dot
            break
        dot = lowered.find(". ", dot + 2, cut)
    return lowered[position:cut]


def _ends_no_clause(lowered: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` belongs to "a.m."/"pm." or to a day number
    written as an ordinal ("auf Freitag, 6. März, 10:30 Uhr verschieben")."""
    return (_ABBREVIATED_END_RE.search(lowered, max(0, dot - _ABBREVIATION_CHARS), dot) is not None
            or is_day_ordinal_dot(lowered, dot))


def moved_away(after: str) -> bool:
    """Whether the clause ``after`` a mention says it was moved elsewhere, which makes
    the mention the old slot: "Tuesday at 2pm has been moved to Thursday", that it is
    when the meeting was booked: "11 tomorrow, which is when we had your interview", or
    that something else took it: "my 10:00 just got double-booked" (in Hindi-English too:
    "kal ka 11:30 nahi ho payega")."""
    if "when " in after and _WAS_BOOKED_AFTER_RE.search(after) is not None:
        return True
    if (" ho " in after or "cancel" in after) and _GIVEN_UP_AFTER_HINGLISH_RE.search(after) is not None:
        return True
    if ("booked" in after or "taken" in after or "cancel" in after or "bumped" in after or "postponed" in after
            or "called off" in after) \
            and _TAKEN_RE.search(after) is not None:
        return True
    position = after.find("ed ")
    while position != -1:
        start = max(0, position - _MOVED_VERB_REACH)
        if _MOVED_AWAY_RE.search(after, start, position + 24) is not None:
            return True
        position = after.find("ed ", position + 3)
    return False


def given_up_after(clause: str, after: str) -> bool:
    """Whether the verb that gives the slot up follows it, as German and Dutch write it,
    unless "auf"/"naar" in ``clause`` leads to it as the new slot."""
    return (_GIVEN_UP_AFTER_RE.match(after) is not None
            and _NEW_SLOT_LEAD_RE.search(clause) is None)


def booked_then_given_up(lowered: str, clause: str, end: int) -> bool:
    """Whether the slot ending at ``end`` is called agreed or planned by a participle after
    it, or named as "our meeting of" before it, and its sentence then gives it up: "unser
    für Montag, 2. März, 10 Uhr vereinbartes Gespräch ... leider verschieben", "ons gesprek
    van donderdag 14:00 voor de functie ... verplaatsen".  The verb may come far after the
    slot, past the words that name the meeting, so the whole sentence is read, not the clause."""
    booked = _BOOKED_PARTICIPLE_RE.match(lowered, end)
    if booked is not None:
        end = booked.end()
    elif _OUR_MEETING_OF_RE.search(clause) is None:
        return False
    reach = min(len(lowered), end + _SENTENCE_REACH)
    stop = _SENTENCE_STOP_RE.search(lowered, end, reach)
    return _GIVE_UP_VERB_RE.search(lowered, end, stop.start() if stop is not None else reach) is not None


def announces_move(lowered: str, start: int) -> bool:
    """Whether ``lowered[start:]`` moves the meeting to another time."""
    return _MOVE_CUE_RE.search(lowered, start) is not None


def _last_full_stop(lowered: str, start: int, end: int) -> int:
    return max(lowered.rfind(". ", start, end), lowered.rfind(".\t", start, end))


def is_negated(clause: str) -> bool:
    """Whether a mention after ``clause`` is a deadline, a past event or opening hours."""
    deadline = _DEADLINE_TAIL_RE.search(clause, max(0, len(clause) - _DEADLINE_TAIL_CHARS))
    if deadline is not None and _MOVED_TILL_RE.search(clause) is not None:
        deadline = None  # Swedish "till" after "flytta" is where the meeting goes, not "until"
    return bool(deadline or _CLAUSE_NEGATIVE_RE.search(clause))


def is_cancelled(clause: str) -> bool:
    """Whether a mention after ``clause`` names the slot being given up; not when the
    meeting is moved to it after the words that give a slot up ("can't make tomorrow's
    11 AM. Could we move to Thursday 9/17 at 1:00 PM": "AM." hides the sentence's end)."""
    if not _CANCELLED_HINTS.found_in(clause):
        return False
    position = 0
    while (match := _CANCELLED_RE.search(clause, position)) is not None:
        if match["verb"] is None:
            return _MOVED_TO_RE.search(clause, match.start()) is None
        if not clause[:match.start()].endswith(_NOUN_MAKERS):
            return True
        position = match.start() + 1  # "a short trial shift": a noun, not a move
    return False


def is_end(clause: str) -> bool:
    """Whether a time after ``clause`` is when something ends."""
    return any(word in clause for word in _END_WORDS) and _END_RE.search(clause) is not None


def is_ahead_of_start(clause: str) -> bool:
    """Whether a time after ``clause`` is when to be there some minutes before the start."""
    return any(word in clause for word in _AHEAD_WORDS) and _AHEAD_RE.search(clause) is not None


def is_arrival(clause: str) -> bool:
    """Whether a time after ``clause`` is when to arrive or register."""
    return any(word in clause for word in _ARRIVAL_WORDS) and _ARRIVAL_RE.search(clause) is not None


def is_other_event(clause: str) -> bool:
    """Whether a time after ``clause`` is when someone has another engagement: "our CTO has
    a board call at 11", "I've got a flight at 6"."""
    return any(word in clause for word in _OTHER_EVENT_WORDS) and _OTHER_EVENT_RE.search(clause) is not None


def comes_for(clause: str) -> bool:
    """Whether a time after ``clause`` is when to come somewhere: "come to reception for"."""
    return any(word in clause for word in _COME_WORDS) and _COME_FOR_RE.search(clause) is not None


def is_stated_start(clause: str) -> bool:
    """Whether a time after ``clause`` is said to be when something begins."""
    return _STATED_START_RE.search(clause, max(0, len(clause) - 30)) is not None


def start_follows(after: str) -> bool:
    """Whether the clause ``after`` a time calls it the start ("for a 9:00 am start")."""
    return _START_AFTER_RE.match(after) is not None


def is_break(clause: str) -> bool:
    """Whether a time after ``clause`` is when a meal or a break starts."""
    return any(word in clause for word in _BREAK_WORDS) and _BREAK_RE.search(clause) is not None


def break_follows(after: str) -> bool:
    """Whether the clause ``after`` a time opens with a meal or a break (an agenda row)."""
    return _BREAK_AFTER_RE.match(after) is not None


def was_booked(clause: str) -> bool:
    """Whether a time after ``clause`` is the slot already booked ("confirmed for ...")."""
    return ("ed " in clause or "set " in clause) and _BOOKED_RE.search(clause) is not None


def moves_to(clause: str) -> bool:
    """Whether a time after ``clause`` is the new time of a moved meeting."""
    return clause.rstrip().endswith("to") and _MOVES_TO_RE.search(clause) is not None


# A time asked about right after it is named: "any chance 4:30 works?", "would 10 suit?".
_WORKS_QUESTION_RE = re.compile(r"[ \t]*(?:works?|would work|suits?|would suit|is (?:ok|okay|possible|free))\b[^.!\n]{0,20}\?")


def asked_if_it_works(lowered: str, position: int) -> bool:
    """Whether the time ending at ``position`` is asked about: "any chance 4:30 works?"."""
    return _WORKS_QUESTION_RE.match(lowered, position) is not None


def offered_instead(lowered: str, position: int) -> bool:
    """Whether the time ending at ``position`` is offered "instead" of the booked one."""
    return _INSTEAD_RE.match(lowered, position) is not None


def changes_from(clause: str) -> bool:
    """Whether a "from X to Y" after ``clause`` moves the meeting from X to Y rather than
    spanning X to Y: a move verb leads to it and names no new time of its own ("change
    the time of your interview on 25 March from 14:00 to 16:30", unlike "move it to
    Friday from 2 to 4pm")."""
    verb = None
    for verb in _CHANGE_VERB_RE.finditer(clause):
        pass
    return verb is not None and _TO_WORD_RE.search(clause, verb.end()) is None


def trades_hours(clause: str) -> bool:
    """Whether ``clause`` ends by trading one hour for another ("do 4 instead of 2 "), so
    the day after it is the day of both, not a day given up."""
    return "instead" in clause and _TRADED_HOURS_RE.search(clause) is not None


def programme_goes_on(clause: str) -> int | None:
    """How far before the mention "followed by" starts in ``clause``: the time of a later
    part of a day's programme ("we begin at 9:15, followed by a panel at 11:00")."""
    found = clause.rfind(_FOLLOWED_BY)
    return len(clause) - found if found != -1 else None


def by_before(clause: str) -> int | None:
    """How far before the mention "by" starts when it ends ``clause``: "on Friday by 2pm"."""
    match = _BY_RE.search(clause, max(0, len(clause) - 6))
    return len(clause) - match.start() if match is not None else None


def restates(lowered: str, previous_end: int, position: int) -> bool:
    """Whether the time at ``position`` repeats, in brackets, the time ending at ``previous_end``."""
    return _RESTATED_RE.fullmatch(lowered, previous_end, position) is not None


def restates_in_another_zone(lowered: str, previous_end: int, position: int) -> bool:
    """Whether the time at ``position``, in a zone other than the one of the time ending at
    ``previous_end``, is that time again after a slash or a dash: "9am Sydney / 10pm
    London" (on the day before in London, so the instants cannot tell)."""
    return _OTHER_ZONE_GAP_RE.fullmatch(lowered, previous_end, position) is not None


def for_the_reader(lowered: str, previous_end: int, position: int, after: str) -> bool:
    """Whether the time at ``position`` converts the one ending at ``previous_end`` to the
    reader's clock: in brackets or after "that's", and said to be theirs ("... instead
    (Tuesday 4pm your time)", "10am UK time (that's 6am for you)")."""
    between = lowered[previous_end:position]
    aside = "(" in between and ")" not in between or _ASIDE_RE.search(between) is not None
    return aside and _FOR_THE_READER_RE.match(after) is not None


def line_is_opening_hours(line: str) -> bool:
    """Whether a whole (lower-cased) line states opening or office hours."""
    return ("hours" in line or "open" in line) and _LINE_NEGATIVE_RE.search(line) is not None
