"""Shapes made of genuine files, used as they were published (no chrome added):
Usenet posts from the 20 Newsgroups collection (real header blocks, quoted replies, signatures) and
Gentoo news items (GLEP 42 header blocks, hard-wrapped bodies). Truth is derived by conservative rules
and a file is used only when every block of it is classified with confidence.
"""
import os, re
from corpus_sources import MIRRORS, ls, show, git

PROSE_END = re.compile(r'[.!?)"\'”]$')


def prose_block(lines):
    if any(re.match(r'\s*([>|:}]|[-*+o#$]\s|\d+[.)]\s|\(\d+\)|[A-Z ]{12,}$)', l) for l in lines):
        return False
    if any(len(l) > 82 or '\t' in l for l in lines):
        return False
    text = ' '.join(l.strip() for l in lines)
    if len(text) < 80 or not PROSE_END.search(text):
        return False
    letters = sum(c.isalpha() or c == ' ' for c in text)
    if letters / len(text) < 0.85:
        return False
    if len(lines) > 1 and any(len(l.strip()) < 25 for l in lines[:-1]):
        return False   # ragged short lines: a table, a poem, an address
    return True


def name_from(addr):
    m = re.match(r'\s*"?([^"<]+?)"?\s*<[^>]+>\s*$', addr) or re.match(r'\s*\S+@\S+\s+\(([^)]+)\)\s*$', addr)
    if not m:
        return None
    n = m.group(1).strip()
    if not re.match(r"^[A-Z][a-zA-Z'.-]+( [A-Z][a-zA-Z'.-]*\.?){1,3}$", n):
        return None
    return n


GROUPS = ['sci.space', 'sci.med', 'sci.electronics', 'sci.crypt', 'rec.autos', 'rec.motorcycles', 'rec.sport.baseball',
          'talk.politics.misc', 'talk.politics.guns', 'comp.graphics', 'misc.forsale', 'rec.sport.hockey']


def usenet_posts():
    repo = f'{MIRRORS}/YunomiXavia+20news-bydate/repo'
    if not os.path.isdir(repo):
        return []
    out = []
    for g in GROUPS:
        paths = [p for p in ls(repo, f'20news-bydate/20news-bydate-test/{g}') if '/._' not in p]
        for p in paths[:160]:
            raw = git(repo, 'show', 'HEAD:' + p).decode('latin-1')
            post = analyse_post(raw.replace('\r\n', '\n'))
            if post:
                post.update(path=p, group=g, raw=raw)
                out.append(post)
    return out


def analyse_post(raw):
    head, sep, body = raw.partition('\n\n')
    if not sep:
        return None
    headers = {}
    for line in head.split('\n'):
        k, _, v = line.partition(':')
        headers[k.strip().lower()] = v.strip()
    name = name_from(headers.get('from', ''))
    subject = headers.get('subject', '').strip()
    if not name or not subject or len(subject) < 12:
        return None
    lines = body.rstrip('\n').split('\n')
    junk, sig = [], []
    if any(l.rstrip() in ('--', '-- ') for l in lines):
        i = max(i for i, l in enumerate(lines) if l.rstrip() in ('--', '-- '))
        sig = [l for l in lines[i + 1:] if l.strip()]
        if len(sig) > 8:
            return None
        lines = lines[:i]
    blocks, cur = [], []
    for l in lines:
        if l.strip():
            cur.append(l.rstrip())
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    body_paras = []
    for k, b in enumerate(blocks):
        quoted = [l for l in b if re.match(r'\s*[>|:]', l)]
        attrib = [l for l in b if re.search(r'(writes|wrote|says):\s*$|^In article <', l)]
        if quoted or attrib:
            if len(quoted) + len(attrib) != len(b):
                return None
            for l in b:
                t = re.sub(r'^\s*([>|:]\s?)+', '', l).strip()
                if t:
                    junk.append(t)
            continue
        if prose_block(b):
            body_paras.append(' '.join(l.strip() for l in b))
        elif k == len(blocks) - 1 and not sig and len(b) <= 5 and all(len(l) < 70 for l in b):
            sig = b
        else:
            return None
    if len(body_paras) < 2 or sum(len(p) for p in body_paras) < 400:
        return None
    junk += [l.strip() for l in sig if l.strip() and len(l.strip()) > 2]
    hdr_junk = [l for l in head.split('\n') if re.match(r'(Organization|Distribution|Lines|Nntp-Posting-Host|NNTP-Posting-Host|Reply-To|Keywords|Summary|X-Newsreader|Article-I\.D\.):', l, re.I)]
    return dict(name=name, subject=subject, paragraphs=body_paras, junk=junk + hdr_junk)


def gentoo_items():
    repo = f'{MIRRORS}/gentoo+gentoo-news/repo'
    if not os.path.isdir(repo):
        return []
    out = []
    for p in ls(repo, '.'):
        if not p.endswith('.txt') or '/' not in p:
            continue
        raw = show(repo, p)
        head, sep, body = raw.partition('\n\n')
        h = {}
        for line in head.split('\n'):
            k, _, v = line.partition(':')
            h.setdefault(k.strip(), v.strip())
        name = name_from(h.get('Author', ''))
        lang = re.search(r'\.(\w\w)\.txt$', p).group(1)
        if not name or not h.get('Title') or not re.match(r'\d{4}-\d{2}-\d{2}$', h.get('Posted', '')):
            continue
        blocks = [b.split('\n') for b in re.split(r'\n\s*\n', body.strip()) if b.strip()]
        if len(blocks) < 2 or not all(prose_block(b) for b in blocks):
            continue
        paras = [' '.join(l.strip() for l in b) for b in blocks]
        hdr_junk = [l for l in head.split('\n') if re.match(r'(Revision|News-Item-Format|Display-If-\w+|Content-Type):', l)]
        out.append(dict(path=p, raw=raw, lang=lang, name=name, title=h['Title'], date=h['Posted'], paragraphs=paras,
                        junk=hdr_junk))
    return out


# Hand-annotated scraped articles (2016 US political news from mainstream outlets) of the Horne & Adali
# "fake news" data, Real folders only: the text as the scraper kept it, with the outlets' own inline
# chrome (related-story lines, embedded video and tweet lines, captions and credits). Line numbers are
# 0-based lines of the file after CRLF -> LF; every other non-empty line is body.
HORNE = {
    'Buzzfeed Political News Dataset/Real/112_Real.txt': dict(junk=[14]),
    'Buzzfeed Political News Dataset/Real/115_Real.txt': dict(junk=[6, 7, 10, 15, 20, 21]),
    'Buzzfeed Political News Dataset/Real/120_Real.txt': dict(junk=[7, 11]),
    'Buzzfeed Political News Dataset/Real/122_Real.txt': dict(junk=[8]),
    'Random Poltical News Dataset/Real/1005.txt': dict(junk=[10]),
    'Random Poltical News Dataset/Real/1011.txt': dict(junk=[10], dateline='WEST PALM BEACH, Fla.'),
    'Random Poltical News Dataset/Real/1014.txt': dict(junk=[10, 11, 12]),
    'Random Poltical News Dataset/Real/1016.txt': dict(junk=[6, 7], meta=[0], date='2016-12-25', in_text=False, tolerance=2),
    'Random Poltical News Dataset/Real/1017.txt': dict(junk=[4, 5]),
    'Random Poltical News Dataset/Real/161.txt': dict(junk=[6, 7, 14, 21]),
    'Random Poltical News Dataset/Real/167.txt': dict(junk=[8, 9, 10, 22], dateline='WASHINGTON'),
    'Random Poltical News Dataset/Real/170.txt': dict(junk=[6, 7]),
    'Random Poltical News Dataset/Real/173.txt': dict(junk=[12, 17, 18], credits=[23],
                                                       bylines=[{'name': 'The Associated Press', 'role': 'contributor', 'location': None}]),
    'Random Poltical News Dataset/Real/178.txt': dict(junk=[7, 8, 18, 19]),
    'Random Poltical News Dataset/Real/182.txt': dict(junk=[]),
    'Random Poltical News Dataset/Real/186.txt': dict(junk=[6]),
    'Random Poltical News Dataset/Real/187.txt': dict(junk=[4, 5, 6, 19]),
    'Random Poltical News Dataset/Real/193.txt': dict(junk=[4], dateline='AUSTIN, Texas'),
    'Random Poltical News Dataset/Real/195.txt': dict(junk=[2, 7, 12, 13, 14]),
    'Random Poltical News Dataset/Real/196.txt': dict(junk=[6, 13]),
}


def horne_articles():
    import io, zipfile
    repo = f'{MIRRORS}/BenjaminDHorne+fakenewsdata1/repo'
    if not os.path.isdir(repo):
        return []
    z = zipfile.ZipFile(io.BytesIO(git(repo, 'show', 'HEAD:Horne2017_FakeNewsData.zip')))
    out = []
    for rel, ann in HORNE.items():
        path = 'Public Data/' + rel
        title = z.read(path.replace('/Real/', '/Real_titles/')).decode('cp1252').strip()
        text = z.read(path).decode('cp1252').replace('\r\n', '\n').replace('\r', '\n')
        lines = text.split('\n')
        skip = set(ann.get('junk', [])) | set(ann.get('meta', [])) | set(ann.get('credits', []))
        body = [l.strip() for i, l in enumerate(lines) if l.strip() and i not in skip]
        out.append(dict(path=rel, title=title, text=text, paragraphs=body,
                        junk=[lines[i].strip() for i in ann.get('junk', [])],
                        credits=[lines[i].strip() for i in ann.get('credits', [])],
                        bylines=ann.get('bylines', []), dateline=ann.get('dateline'), date=ann.get('date'),
                        in_text=ann.get('in_text', False), tolerance=ann.get('tolerance', 0)))
    return out
