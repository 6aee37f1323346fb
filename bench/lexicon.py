"""The words of the synthetic news corpus: a lexicon of real news words by part of speech,
names, places and times, and the syllables that make up rarer invented words."""

NOUNS = """government minister police council report plan budget election court company market
price tax school hospital health war president official people year week country city state law
bill vote party leader economy bank rate deal talks agreement investigation case trial judge
worker union strike pay pension energy oil gas climate flood storm fire drought water housing rent
home family child student teacher university research study crisis inflation debt loan fund
investment trade tariff border migrant refugee army soldier attack ceasefire weapon missile drone
ship port airport flight train bridge vaccine virus patient doctor nurse drug crime prison appeal
ruling protest campaign poll candidate mayor governor ministry agency regulator contract profit
loss share investor customer service network platform software security lawsuit settlement
penalty risk warning decision policy reform proposal program project spending revenue
deficit""".split()
VERBS = """approve reject support cut raise delay announce investigate deny confirm warn block
fund launch review expand close build sign oppose defend challenge restore reduce increase
protect threaten demand accept cancel extend suspend replace""".split()
ADJECTIVES = """new major local national federal public private former senior key early late
serious urgent fresh strong weak significant controversial independent foreign domestic rural
urban critical economic political financial military legal medical environmental""".split()
FIRST_NAMES = """James Mary Robert Linda Michael Sarah David Aisha Raj Priya Tomas Elena Wei Mei
Carlos Lucia Ahmed Fatima Ivan Olga Kwame Amara Hiroshi Yuki Pierre Claire Hans Greta Liam Niamh
Omar Leila Diego Sofia Kofi Ngozi Arjun Ananya Jonas Ingrid Mateo Valentina Samuel Grace Ali Zainab
Daniel Hannah Peter Anna""".split()
SURNAMES = """Smith Okafor Patel Varga Mensah Garcia Chen Novak Kowalski Nguyen Haddad Silva Rossi
Muller Dubois Johansson Tanaka Kim Singh Ibrahim Petrov Owusu Fernandez Murphy Obi""".split()
PLACES = """U.S. British Northern Southern Eastern Western Coastal Central Highland Riverside
Lakeside Harbour Valley Metropolitan Regional""".split()
BODIES = (
    "Council Authority Party Union Bank Group Institute Agency Ministry Commission Board".split()
)
TITLES = "director,chief executive,spokesperson,chair,secretary,head,treasurer,leader".split(",")
PREPOSITIONS = "in on at for with after before against over under despite during amid".split()
CONJUNCTIONS = "and but because while although so".split()
# Function words with rough news frequencies: most verbs are plain past tense, most nouns take
# "the" or "a"; a uniform choice would put "must" or "not" in a sixth of all sentences.
AUXILIARIES = {
    "": 55,
    "will": 8,
    "would": 6,
    "could": 4,
    "must": 2,
    "may": 2,
    "will not": 4,
    "would not": 3,
    "did not": 6,
    "cannot": 2,
    "should": 2,
    "might": 2,
    "can": 4,
}
DETERMINERS = {
    "the": 45,
    "a": 20,
    "this": 5,
    "that": 4,
    "its": 6,
    "their": 6,
    "our": 3,
    "every": 2,
    "no": 2,
    "some": 4,
    "another": 3,
}
PRONOUNS = "we they it this nobody everyone I you".split()
TIMES = """on Monday,on Tuesday,on Wednesday,on Thursday,on Friday,last year,this week,next month,
by March,in 2023,in 2024,since January,within weeks,by the end of the year""".split(",")
SYLLABLES = """ba be bi bo ka ke ko la le li lo ma me mi mo na ne no ra re ri ro sa se so ta te
to va ve vi""".split()
CODAS = ("", "", "n", "r", "l", "s", "t", "nd", "rk", "st")
