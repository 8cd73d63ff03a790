#!/usr/bin/env python3
"""Rebuilds eval/corpus/<shape>/ (input files + truth.json) from local git mirrors of public repositories.

usage: python3 eval/scripts/rebuild-corpus.py [--mirrors DIR] [--refresh]
The mirrors are the repositories listed in eval/SOURCES.md (default /work/.mirror/<owner>+<name>/repo, or
$NEWSARCHIVE_MIRRORS). Normalised articles are cached in eval/.cache/articles.json (--refresh re-reads them).
The output is deterministic: the same mirrors give the same corpus byte for byte.
"""
import json, os, random, re, sys, hashlib, textwrap, email.utils, datetime, quopri

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
EVAL = os.path.dirname(HERE)
OUT = os.path.join(EVAL, 'corpus')
CACHE = os.path.join(EVAL, '.cache', 'articles.json')

if '--mirrors' in sys.argv:
    os.environ['NEWSARCHIVE_MIRRORS'] = sys.argv[sys.argv.index('--mirrors') + 1]

import corpus_sources as S  # noqa: E402
from corpus_chrome import *  # noqa: E402,F401,F403
import corpus_chrome as C  # noqa: E402


def load_articles():
    if os.path.exists(CACHE) and '--refresh' not in sys.argv:
        return json.load(open(CACHE, encoding='utf-8'))
    arts = S.all_articles()
    for a in arts:
        a.pop('repo', None)
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    json.dump(arts, open(CACHE, 'w', encoding='utf-8'), ensure_ascii=False)
    return arts


def slugify(s):
    s = re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
    return s[:48].strip('-') or 'article'


def truth(file, art, *, headline=True, date=True, bylines=None, junk=(), credits=(), offtopic=(), source=None,
          dateline=None, date_value=None, tolerance=0):
    names = bylines if bylines is not None else [{'name': a['name'], 'role': 'author', 'location': None} for a in art['authors']]
    return {
        'file': file,
        'headline': art['headline'] if headline is True else (headline or None),
        'body': list(art['paragraphs']),
        'junk': sorted(set(j for j in junk if j and j.strip())),
        'credits': list(credits),
        'offtopic': list(offtopic),
        'bylines': names,
        'date': (date_value or art['date']) if date else None,
        'date_in_text': bool(date) and bool(date_value or art['date']),
        'date_tolerance_days': tolerance,
        'dateline': dateline,
        'source': source,
        'publisher': art['publisher'],
        'lang': art['lang'],
        'origin': art['sid'],
        'url': art['url'],
    }


class Picker:
    """Hands out articles without reuse across shapes, deterministically."""

    def __init__(self, arts):
        self.arts = sorted(arts, key=lambda a: hashlib.sha1(a['sid'].encode()).hexdigest())
        self.used = set()

    def take(self, n, rng, pred=lambda a: True, spread=True):
        pool = [a for a in self.arts if a['sid'] not in self.used and pred(a)]
        out = []
        if spread:   # round-robin over publishers so each shape mixes sources
            by = {}
            for a in pool:
                by.setdefault(a['publisher'], []).append(a)
            keys = sorted(by)
            rng.shuffle(keys)
            i = 0
            while len(out) < n and any(by.values()):
                k = keys[i % len(keys)]
                if by[k]:
                    out.append(by[k].pop(0))
                i += 1
        else:
            out = pool[:n]
        for a in out:
            self.used.add(a['sid'])
        return out


def fits(a, lo=3, hi=14, authors=True):
    return lo <= len(a['paragraphs']) <= hi and (bool(a['authors']) or not authors) and \
        not any(re.search(r'\bteam\b', x['name'], re.I) for x in a['authors'])


def not_inside(line, paras):
    """A junk line must not occur inside a body paragraph, or the scorer counts it as kept."""
    n = line.lower()
    return all(n not in p.lower() for p in paras)


def other_headlines(rng, arts, exclude, k=3, lang=None):
    pool = [a['headline'] for a in arts if a['sid'] != exclude['sid'] and (lang is None or a['lang'] == lang)
            and len(a['headline']) > 20]
    return rng.sample(pool, k)


def write(shape, name, text, items, files):
    d = os.path.join(OUT, shape)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    files.append(name)
    return items


def body_block(paras, rng, sep='\n\n'):
    return sep.join(paras)


def byline_text(art, lang='en', titled=False):
    names = [a['name'] for a in art['authors']]
    if titled and len(art['authors']) == 1 and art['authors'][0]['title']:
        return f'{BY[lang]} {names[0]}, {art["authors"][0]["title"]}'
    return f'{BY[lang]} {join_names(names, lang)}'


# ---- shapes ------------------------------------------------------------------------------
SHAPES = {}


def shape(name, n):
    def deco(fn):
        SHAPES[name] = (fn, n)
        return fn
    return deco


@shape('wire-header', 20)
def wire_header(pick, rng, arts):
    """Plain wire-style copy: a header line with the outlet and a timestamp, headline, byline, body."""
    out = []
    for i, a in enumerate(pick.take(20, rng, lambda a: a['lang'] == 'en' and fits(a))):
        t = a['time'] or rng.choice(['09:00', '10:30', '14:15', '16:45', '11:20'])
        style = i % 4
        if style == 0:
            head = [f'{a["publisher"]} {a["date"]} {t}:00', a['headline'], byline_text(a)]
        elif style == 1:
            head = [f'{a["publisher"]}  {a["date"]}T{t}:00Z', '', a['headline'], '', byline_text(a).upper()]
        elif style == 2:
            head = [f'{a["headline"]}', f'{a["publisher"]} | {en_date(a["date"], "abbr")} {ampm(t)}', byline_text(a)]
        else:
            head = [f'{a["publisher"]} -- {en_date(a["date"], "long")}', '', a['headline'], byline_text(a)]
        sep = '\n' if i % 2 else '\n\n'
        text = '\n'.join(head) + '\n\n' + sep.join(a['paragraphs']) + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, source=a['publisher'] if style in (0, 1, 3) else a['publisher'])]))
    return out


def web_page(a, rng, arts, variant, lang='en'):
    """A copy-pasted web page: navigation, headline, byline, date lines, share bar, ads, related links, captions."""
    junk = []
    lines = []
    L = LOCAL.get(lang)
    nav = (L['nav'] if L else rng.choice(NAV))
    lines += nav
    junk += nav
    sec = rng.choice(['News', 'Technology', 'Government', 'Blog', 'Announcements', 'Community']) if lang == 'en' else None
    if sec and variant % 2 == 0:
        lines.append(sec)
        junk.append(sec)
    lines.append(a['headline'])
    if a.get('deck') and variant % 3 == 0 and re.search(r'[.!?]$', a['deck']) and not_inside(a['deck'], a['paragraphs']):
        lines.append(a['deck'])
        junk.append(a['deck'])
    t = a['time']
    if lang == 'en':
        dstyles = ['long', 'abbr', 'weekday', 'numeric'] + (['ordinal', 'short-time', 'time-first'] if t else [])
        ds = dstyles[variant % len(dstyles)]
        dtext = en_date(a['date'], ds, t, zone=rng.choice(['ET', 'EST', 'UTC', 'GMT']))
        if variant % 5 == 0:
            lines.append(f'{byline_text(a)} | {PUBLISHED["en"]} {dtext}')
        elif variant % 5 == 1:
            lines += [byline_text(a, titled=True), f'Posted {dtext}']
        elif variant % 5 == 2:
            lines += [dtext, byline_text(a)]
        elif variant % 5 == 3:
            lines += [byline_text(a), f'{PUBLISHED["en"]} {dtext}']
        else:
            lines += [byline_text(a, titled=True), dtext]
    else:
        ds = ['long', 'dotted', 'dotted-time', 'weekday'][variant % 4]
        if a['authors']:
            lines.append(byline_text(a, lang))
        if a['date']:
            lines.append(f'{PUBLISHED[lang]} {local_date(a["date"], lang, ds, t)}')
        if a['translators']:
            lines.append(f'{TRANSLATED[lang]} {join_names(a["translators"], lang)}')
    share = L['share'] if L else rng.choice(SHARE_BARS)
    rt = (L['read'] if L else rng.choice(READ_TIME)).format(n=reading_minutes(a['paragraphs']))
    if variant % 2:
        lines += share + [rt]
    else:
        lines += [rt] + share
    junk += share + [rt]
    others = other_headlines(rng, arts, a, 3, lang if lang != 'en' else 'en')
    paras = a['paragraphs']
    credit = (L['photo'] if L else rng.choice(PHOTO_CREDITS)).format(p=a['publisher'])
    body = []
    for k, p in enumerate(paras):
        if k == 0 and variant % 3 != 2:
            body += [credit]
            junk.append(credit)
        body.append(p)
        if k == 1 and len(paras) > 3:
            ad = L['ad'] if L else rng.choice(AD_LINES)
            body.append(ad)
            junk.append(ad)
        if k == len(paras) // 2 and len(paras) > 4:
            rel = (L['related'] if L else rng.choice(RELATED)).format(h=others[0])
            body.append(rel)
            junk.append(rel)
    end = []
    rel2 = (L['more'] if L else rng.choice(RELATED)).format(h=others[1])
    end.append(rel2)
    if L:
        end += L['end']
    else:
        tags = ', '.join(rng.sample(['Open source', 'Digital government', 'Security', 'Releases', 'Community', 'Data'], 2))
        end += [x.format(tags=tags, y=a['date'][:4], p=a['publisher']) for x in rng.choice(END_CHROME)]
    junk += end
    sep = '\n\n' if variant % 4 in (0, 3) else '\n'
    text = '\n'.join(lines) + '\n\n' + sep.join(body) + '\n\n' + '\n'.join(end) + '\n'
    return text, [j for j in junk if not_inside(j, paras)]


@shape('web-copy-paste', 24)
def web_copy_paste(pick, rng, arts):
    out = []
    for i, a in enumerate(pick.take(24, rng, lambda a: a['lang'] == 'en' and fits(a, 3, 12))):
        text, junk = web_page(a, rng, arts, i)
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, junk=junk)]))
    return out


@shape('reader-app', 18)
def reader_app(pick, rng, arts):
    """Captures from read-it-later / reader-mode apps: site name, title, author, minutes, URL, body, app footer."""
    out = []
    for i, a in enumerate(pick.take(18, rng, lambda a: a['lang'] == 'en' and fits(a))):
        host = host_of(a['url'])
        mins = reading_minutes(a['paragraphs'])
        names = join_names([x['name'] for x in a['authors']])
        v = i % 3
        if v == 0:
            head = [host, a['headline'], f'{names} • {mins} min', a['url'], '']
            junk = [host, f'{mins} min'] + [a['url']]
            foot = ['', 'Saved to your library', 'Open original', 'Archive']
        elif v == 1:
            head = [a['headline'], f'{a["publisher"]} · {en_date(a["date"], "abbr")} · {names}', f'{mins} minutes', '']
            junk = [f'{mins} minutes']
            foot = ['', f'Read on {host}', 'Highlights (0)', 'Notes']
        else:
            head = [f'{host} — {mins} min read', a['headline'], f'by {names}', en_date(a['date'], 'long'), '']
            junk = [f'{host} — {mins} min read']
            foot = ['', '—', f'Originally published at {a["url"]}', 'Reader view · Text size · Theme']
        text = '\n'.join(head) + '\n' + '\n\n'.join(a['paragraphs']) + '\n' + '\n'.join(foot) + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, junk=junk + [x for x in foot if x.strip()], date=(v != 0))]))
    return out


def wrap(paras, width, indent=''):
    return '\n\n'.join(textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent,
                                     break_long_words=False, break_on_hyphens=False) for p in paras)


def mail_date(d, t, zone_minutes=-300):
    x = datetime.datetime.fromisoformat(d + 'T' + (t or '10:00'))
    tz = datetime.timezone(datetime.timedelta(minutes=zone_minutes))
    return email.utils.format_datetime(x.replace(tzinfo=tz))


def addr(name, host):
    return f'{name} <{slugify(name).replace("-", ".")}@{host}>'


@shape('newsgroup-post', 18)
def newsgroup_post(pick, rng, arts):
    """Mailing-list / newsgroup posts: header block, hard-wrapped body, signature, list footer, quoted replies."""
    out = []
    lists = ['announce', 'news', 'community', 'general', 'project-news']
    for i, a in enumerate(pick.take(18, rng, lambda a: a['lang'] == 'en' and fits(a) and len(a['authors']) == 1)):
        host = host_of(a['url']).replace('www.', '')
        lst = rng.choice(lists)
        author = a['authors'][0]['name']
        zone = rng.choice([-300, -240, 0, 60, 120, -480])
        mid = hashlib.sha1(a['sid'].encode()).hexdigest()[:16]
        hdr = []
        if i % 2 == 0:
            hdr += [f'From: {addr(author, host)}', f'Newsgroups: {host}.{lst}', f'Subject: {a["headline"]}',
                    f'Date: {mail_date(a["date"], a["time"], zone)}', f'Organization: {a["publisher"]}',
                    f'Message-ID: <{mid}@{host}>', f'Lines: {sum(len(p) // 70 + 2 for p in a["paragraphs"])}']
        else:
            hdr += [f'Date: {mail_date(a["date"], a["time"], zone)}', f'From: "{author}" <{slugify(author).replace("-", ".")}@{host}>',
                    f'To: {lst}@lists.{host}', f'Subject: {a["headline"]}', f'Message-ID: <{mid}.fsf@{host}>',
                    f'List-Id: {a["publisher"]} {lst} <{lst}.lists.{host}>', 'MIME-Version: 1.0',
                    'Content-Type: text/plain; charset=utf-8']
        junk = []
        width = rng.choice([66, 70, 72, 76])
        body = wrap(a['paragraphs'], width)
        sig = ['-- ', author, a['publisher']]
        footer = []
        if i % 3 == 0:
            footer = ['_______________________________________________', f'{lst} mailing list', f'{lst}@lists.{host}',
                      f'https://lists.{host}/mailman/listinfo/{lst}']
        quoted = []
        if i % 3 == 1:
            o = other_headlines(rng, arts, a, 1, 'en')[0]
            quoted = ['', f'On {mail_date(a["date"], "08:12", zone)[:16]}, Mailing List Admin wrote:',
                      f'> Reminder: please post announcements such as "{o}"', '> to this list with a plain-text body.']
        text = '\n'.join(hdr) + '\n\n' + body + '\n\n' + '\n'.join(sig) + '\n' + '\n'.join(quoted) + ('\n' if quoted else '') + \
            ('\n' + '\n'.join(footer) + '\n' if footer else '')
        junk += [x for x in sig[1:] + footer + quoted if x.strip() and len(x) > 1]
        junk = [j for j in junk if j not in (author,)]
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, junk=[j for j in junk if not_inside(j, a['paragraphs'])])]))
    return out


@shape('eml', 16)
def eml(pick, rng, arts):
    """.eml files: full MIME messages, some quoted-printable, some multipart with an HTML part."""
    out = []
    for i, a in enumerate(pick.take(16, rng, lambda a: fits(a) and len(a['authors']) == 1)):
        host = host_of(a['url']).replace('www.', '')
        author = a['authors'][0]['name']
        mid = hashlib.sha1(a['sid'].encode()).hexdigest()[:20]
        zone = rng.choice([-300, 0, 60, 120, -420])
        subj = a['headline']
        if any(ord(c) > 127 for c in subj):
            from email.header import Header
            subj_h = Header(subj, 'utf-8').encode()
        else:
            subj_h = subj
        plain = '\n\n'.join(a['paragraphs']) + '\n'
        if i % 2:
            plain = wrap(a['paragraphs'], 72) + '\n'
        hdrs = [f'Return-Path: <{slugify(author).replace("-", ".")}@{host}>',
                f'Received: from mail.{host} (mail.{host} [192.0.2.{10 + i}]) by mx.example.net with ESMTPS; {mail_date(a["date"], a["time"], zone)}',
                f'From: {author} <{slugify(author).replace("-", ".")}@{host}>', f'To: subscribers@lists.{host}',
                f'Subject: {subj_h}', f'Date: {mail_date(a["date"], a["time"], zone)}', f'Message-ID: <{mid}@mail.{host}>',
                'MIME-Version: 1.0']
        if i % 3 == 0:
            qp = quopri.encodestring(plain.encode('utf-8')).decode('ascii')
            html = '<html><body>' + ''.join(f'<p>{p}</p>' for p in a['paragraphs']) + '</body></html>'
            qh = quopri.encodestring(html.encode('utf-8')).decode('ascii')
            b = f'=_{mid[:12]}'
            text = '\n'.join(hdrs + [f'Content-Type: multipart/alternative; boundary="{b}"', '', f'--{b}',
                                     'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '',
                                     qp, f'--{b}', 'Content-Type: text/html; charset="utf-8"',
                                     'Content-Transfer-Encoding: quoted-printable', '', qh, f'--{b}--', ''])
        elif i % 3 == 1:
            qp = quopri.encodestring(plain.encode('utf-8')).decode('ascii')
            text = '\n'.join(hdrs + ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable',
                                     '', qp])
        else:
            text = '\n'.join(hdrs + ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', plain])
        text = text.replace('\n', '\r\n')
        f = f'{i:03d}-{slugify(a["headline"])}.eml'
        out.append((f, text, [truth(f, a)]))
    return out


@shape('wiki-copy', 14)
def wiki_copy(pick, rng, arts):
    """Copied wiki pages: navigation lines, '[edit]' markers, contents box, categories, 'last edited' footer."""
    out = []
    for i, a in enumerate(pick.take(14, rng, lambda a: a['lang'] == 'en' and fits(a, 4, 14, authors=False))):
        paras = a['paragraphs']
        nav = rng.choice([['Jump to navigation', 'Jump to search'], ['Jump to content', 'Main menu', 'Navigation', 'Main page',
                                                                    'Recent changes', 'Random page', 'Help']])
        tabs = rng.choice([['Page', 'Discussion', 'Read', 'Edit', 'View history'], ['Article', 'Talk', 'Read', 'Edit source', 'History']])
        lines = nav + tabs + [a['headline'], f'From {a["publisher"]} Wiki', '']
        mid = len(paras) // 2
        contents = ['Contents', '1 Background', '2 Details', '3 See also', '4 References']
        body = [paras[0]] + (['', *contents, ''] if i % 2 == 0 else []) + paras[1:mid] + ['Details[edit]'] + paras[mid:]
        foot = ['See also[edit]', f'{a["publisher"]} news archive', 'References[edit]',
                f'^ "{a["headline"]}". {a["publisher"]}. Retrieved {en_date(a["date"], "dmy")}.',
                f'Retrieved from "{a["url"]}"', 'Categories: News | Announcements',
                f'This page was last edited on {en_date("2024-0" + str(1 + i % 9) + "-1" + str(i % 9), "dmy")}, at 14:0{i % 10}.',
                'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.',
                'Privacy policy About Disclaimers Mobile view']
        sep = '\n' if i % 3 else '\n\n'
        text = '\n'.join(lines) + sep.join(body) + '\n\n' + '\n'.join(foot) + '\n'
        junk = nav + tabs + [f'From {a["publisher"]} Wiki', 'Details[edit]'] + (contents if i % 2 == 0 else []) + foot
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, date=False, bylines=[], junk=[j for j in junk if not_inside(j, paras)])]))
    return out


@shape('broadcaster', 18)
def broadcaster(pick, rng, arts):
    """Broadcaster pages: highlight bullets at top or bottom, inline 'Watch' promos glued to paragraphs."""
    out = []
    pool = pick.take(18, rng, lambda a: a['lang'] == 'en' and fits(a, 4, 14) and a.get('deck') and len(a['deck']) > 40
                     and not_inside(a['deck'], a['paragraphs']))
    for i, a in enumerate(pool):
        paras = list(a['paragraphs'])
        deck_sents = [s for s in re.split(r'(?<=[.!?])\s+', a['deck']) if len(s) > 20]
        others = other_headlines(rng, arts, a, 3, 'en')
        hl_title = rng.choice(['Story highlights', 'HIGHLIGHTS', 'Key points', 'What you need to know'])
        hl = [hl_title] + [f'• {s}' if i % 2 else s for s in deck_sents[:3]] + [f'• {others[2]}' if i % 2 else others[2]]
        junk = list(hl)
        watch = [rng.choice(['Watch: {h} (2:31)', 'WATCH: {h}', 'Video: {h}', 'Watch {h} 01:45', 'Now playing: {h}']).format(h=o)
                 for o in others[:2]]
        body = []
        for k, p in enumerate(paras):
            if k == 1:
                body.append(p + ' ' + watch[0])
            elif k == len(paras) - 2:
                body.append(p + '  ' + watch[1])
            else:
                body.append(p)
        junk += watch
        byl = byline_text(a) + f', {a["publisher"]}' if i % 3 == 0 else byline_text(a)
        stamp = f'Updated {ampm(a["time"] or "12:00", "AM")} ET, {en_date(a["date"], "weekday")}' if i % 2 else en_date(a['date'], 'long')
        top = [a['headline'], byl, stamp, '']
        if i % 2 == 0:
            text = '\n'.join(top + hl) + '\n\n' + '\n\n'.join(body) + '\n'
        else:
            text = '\n'.join(top) + '\n\n'.join(body) + '\n\n' + '\n'.join(hl) + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, junk=[j for j in junk if not_inside(j, paras) or j in watch])]))
    return out


@shape('url-first', 16)
def url_first(pick, rng, arts):
    """A pasted URL as the first line, then whatever the page gave."""
    out = []
    for i, a in enumerate(pick.take(16, rng, lambda a: fits(a))):
        lines = [a['url'] if i % 3 else '<' + a['url'] + '>', '']
        if i % 2:
            lines += [a['headline'], '', byline_text(a, a['lang'] if a['lang'] in BY else 'en')]
        else:
            lines += [a['headline'], byline_text(a, a['lang'] if a['lang'] in BY else 'en')]
        d_line = en_date(a['date'], 'long') if a['lang'] == 'en' else local_date(a['date'], a['lang'], 'long')
        lines.append(d_line)
        text = '\n'.join(lines) + '\n\n' + '\n\n'.join(a['paragraphs']) + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, junk=[lines[0]])]))
    return out


@shape('byline-variants', 20)
def byline_variants(pick, rng, arts):
    """Bylines with update times, titles, outlets and possessive credit lines."""
    out = []
    for i, a in enumerate(pick.take(20, rng, lambda a: a['lang'] == 'en' and fits(a))):
        names = [x['name'] for x in a['authors']]
        t = a['time'] or '12:00'
        v = i % 5
        credits = []
        paras = list(a['paragraphs'])
        extra = []
        if v == 0:
            head = [a['headline'], f'By {join_names(names)} | Updated {en_date(a["date"], "abbr")} {ampm(t)}']
        elif v == 1:
            head = [a['headline'], f'By {join_names([n.upper() for n in names])}, {a["publisher"]} Staff Writer' +
                    ('s' if len(names) > 1 else ''), en_date(a['date'], 'long')]
        elif v == 2:
            head = [a['headline'], f'By {names[0]}, {host_of(a["url"]).replace("www.", "")}', en_date(a['date'], 'weekday')] + \
                   ([f'With {join_names(names[1:])}'] if len(names) > 1 else [])
        elif v == 3:
            head = [a['headline'], en_date(a['date'], 'long')]
            credits = [f"{a['publisher']}'s {join_names(names)} reported this story."]
            extra = credits
        else:
            head = [a['headline'], f'{join_names(names)} | {a["publisher"]} | {en_date(a["date"], "abbr")}']
        text = '\n'.join(head) + '\n\n' + '\n\n'.join(paras) + ('\n\n' + '\n'.join(extra) if extra else '') + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, credits=credits)]))
    return out


@shape('headline-punctuation', 18)
def headline_punct(pick, rng, arts):
    """Headlines ending in a question mark, exclamation mark or period, or opening with a quote."""
    out = []
    pool = pick.take(18, rng, lambda a: fits(a) and a['lang'] == 'en' and re.search(r'([?!.]$|^["“‘\'])', a['headline']))
    for i, a in enumerate(pool):
        d = en_date(a['date'], ['long', 'abbr', 'weekday'][i % 3])
        head = [a['headline'], byline_text(a), d] if i % 2 else [d, a['headline'], '', byline_text(a)]
        text = '\n'.join(head) + '\n\n' + '\n\n'.join(a['paragraphs']) + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a)]))
    return out


@shape('numeric-dates', 18)
def numeric_dates(pick, rng, arts):
    """Numeric and ordinal dates: 'Posted 11/18/2019', 'November 18th, 2019 at 11:08 a.m.', 'Nov 20, 2019 01:41 PM IST'."""
    out = []
    pool = pick.take(18, rng, lambda a: a['lang'] == 'en' and fits(a) and a['time'])
    for i, a in enumerate(pool):
        v = i % 6
        t = a['time']
        if v == 0:
            dl = f'Posted {en_date(a["date"], "numeric")}'
        elif v == 1:
            dl = en_date(a['date'], 'ordinal', t)
        elif v == 2:
            dl = en_date(a['date'], 'short-time', t, zone=rng.choice(['IST', 'EST', 'PST', 'CET', 'GMT']))
        elif v == 3:
            dl = f'{en_date(a["date"], "numeric0")} {t}'
        elif v == 4:
            dl = f'Last updated: {en_date(a["date"], "time-first", t, zone="EST")}'
        else:
            dl = f'{a["date"]}T{t}:00+00:00'
        head = [a['headline'], byline_text(a), dl] if i % 2 else [a['headline'], dl, byline_text(a)]
        text = '\n'.join(head) + '\n\n' + '\n\n'.join(a['paragraphs']) + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a)]))
    return out


@shape('two-stories-rule', 20)
def two_stories(pick, rng, arts):
    """Two stories in one file separated only by a rule line."""
    out = []
    pool = pick.take(20, rng, lambda a: a['lang'] == 'en' and fits(a, 3, 10))
    for i in range(0, len(pool) - 1, 2):
        a, b = pool[i], pool[i + 1]
        rule = ['* * *', '----------------------------------------', '________________', '=====', '***', '—'][(i // 2) % 6]

        def one(x):
            return '\n'.join([x['headline'], byline_text(x), en_date(x['date'], 'long')]) + '\n\n' + '\n\n'.join(x['paragraphs'])
        text = one(a) + '\n\n' + rule + '\n\n' + one(b) + '\n'
        f = f'{i // 2:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, junk=[rule]), truth(f, b, junk=[rule])]))
    return out


@shape('digest', 24)
def digest(pick, rng, arts):
    """Several articles glued with paywall, newsletter and comment boilerplate."""
    out = []
    pool = pick.take(24, rng, lambda a: a['lang'] == 'en' and fits(a, 3, 9))
    k = 0
    i = 0
    while i < len(pool):
        n = 3 if k % 2 == 0 else 4
        group = pool[i:i + n]
        i += n
        chunks, items = [], []
        f = f'{k:03d}-digest.txt'
        for j, a in enumerate(group):
            junk = []
            head = [a['headline'], byline_text(a), en_date(a['date'], ['long', 'abbr'][j % 2])]
            block = '\n'.join(head) + '\n\n' + '\n\n'.join(a['paragraphs'])
            glue = rng.choice(PAYWALL) if j % 2 == 0 else rng.choice(COMMENTS)
            if j == len(group) - 1:
                glue = glue + [rng.choice(NEWSLETTER)]
            junk += glue
            chunks.append(block + '\n\n' + '\n'.join(glue))
            items.append(truth(f, a, junk=junk))
        text = '\n\n'.join(chunks) + '\n'
        out.append((f, text, items))
        k += 1
    return out


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


@shape('markdown-front-matter', 18)
def markdown_fm(pick, rng, arts):
    """Markdown files with YAML front matter (title, date, author...)."""
    out = []
    for i, a in enumerate(pick.take(18, rng, lambda a: fits(a))):
        names = [x['name'] for x in a['authors']]
        v = i % 3
        if v == 0:
            fm = ['---', f'title: {yaml_str(a["headline"])}', f'date: {a["date"]}', 'authors:'] + [f'  - {yaml_str(n)}' for n in names] + \
                 [f'source: {yaml_str(a["publisher"])}', '---']
            src = a['publisher']
        elif v == 1:
            fm = ['---', f'headline: {yaml_str(a["headline"])}', f'date: {a["date"]}T{a["time"] or "09:00"}:00Z',
                  f'author: {yaml_str(join_names(names))}', f'tags: [news, {slugify(a["publisher"])}]', '---']
            src = None
        else:
            fm = ['---', 'layout: post', f'title: {yaml_str(a["headline"])}', f'author: {yaml_str(", ".join(names))}',
                  f'date: "{a["date"]} {a["time"] or "10:00"}:00 +0100"', f'canonical_url: {a["url"]}', '---']
            src = None
        text = '\n'.join(fm) + '\n\n' + '\n\n'.join(a['paragraphs']) + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.md'
        out.append((f, text, [truth(f, a, source=src)]))
    return out


def lang_shape(lang, n):
    def fn(pick, rng, arts):
        out = []
        for i, a in enumerate(pick.take(n, rng, lambda a: a['lang'] == lang and fits(a, 3, 16))):
            text, junk = web_page(a, rng, arts, i, lang)
            f = f'{i:03d}-{slugify(a["headline"])}.txt'
            byl = [{'name': x['name'], 'role': 'author', 'location': None} for x in a['authors']] + \
                  [{'name': t, 'role': 'contributor', 'location': None} for t in a['translators']]
            out.append((f, text, [truth(f, a, junk=junk, bylines=byl)]))
        return out
    return fn


for _lang, _n in (('de', 16), ('fr', 16), ('es', 16), ('it', 12), ('pt', 12)):
    SHAPES[f'lang-{_lang}'] = (lang_shape(_lang, _n), _n)


@shape('news-es', 26)
def news_es(pick, rng, arts):
    """Spanish-language newspaper articles (real outlets) as copied from their pages."""
    out = []
    for i, a in enumerate(pick.take(26, rng, lambda a: a['sid'].startswith('fakedes:'))):
        text, junk = web_page(a, rng, arts, i, 'es')
        if i % 3 == 0 and a['url']:
            text = a['url'] + '\n' + text
            junk.append(a['url'])
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, junk=junk, bylines=[], source=None)]))
    return out


@shape('press-release', 16)
def press_release(pick, rng, arts):
    """Press releases: FOR IMMEDIATE RELEASE, media contact block, '###', boilerplate 'About' paragraph."""
    out = []
    for i, a in enumerate(pick.take(16, rng, lambda a: a['lang'] == 'en' and fits(a))):
        host = host_of(a['url']).replace('www.', '')
        top = [rng.choice(['FOR IMMEDIATE RELEASE', 'For Immediate Release', 'NEWS RELEASE', 'PRESS RELEASE'])]
        d = en_date(a['date'], ['long', 'abbr', 'weekday'][i % 3])
        contact = ['Media contact:', f'press@{host}']
        if i % 2:
            top += [d, '', a['headline'], '']
        else:
            top += ['', a['headline'], d, '']
        end = ['###', f'About {a["publisher"]}', f'{a["publisher"]} publishes news and updates at {host}.'] + contact
        names = [x['name'] for x in a['authors']]
        credit = f'Written by {join_names(names)}.'
        text = '\n'.join(top) + '\n\n'.join(a['paragraphs']) + '\n\n' + credit + '\n\n' + '\n'.join(end) + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        out.append((f, text, [truth(f, a, junk=top[:1] + end, credits=[credit])]))
    return out


@shape('hard-wrapped', 16)
def hard_wrapped(pick, rng, arts):
    """Hard-wrapped plain text, some indented, some with no blank line between paragraphs."""
    out = []
    for i, a in enumerate(pick.take(16, rng, lambda a: a['lang'] == 'en' and fits(a))):
        width = [60, 65, 70, 72, 78][i % 5]
        indent = '    ' if i % 4 == 1 else ''
        head = [a['headline'].upper() if i % 3 == 0 else a['headline'], byline_text(a), en_date(a['date'], 'long'), '']
        if i % 4 == 3:   # first-line indented paragraphs with no blank line between them
            body = '\n'.join(textwrap.fill(p, width, initial_indent='   ', subsequent_indent='', break_long_words=False,
                                           break_on_hyphens=False) for p in a['paragraphs'])
        else:
            body = wrap(a['paragraphs'], width, indent)
        no_headline = i % 5 == 2   # a capture that starts at the byline: the headline must be derived
        if no_headline:
            head = head[1:]
        text = '\n'.join(head) + '\n' + body + '\n'
        f = f'{i:03d}-{slugify(a["headline"])}.txt'
        t = truth(f, a, headline=None if no_headline else True)
        out.append((f, text, [t]))
    return out


@shape('header-block-posts', 30)
def header_block_posts(pick, rng, arts):
    """Genuine files with real header blocks: Usenet posts (20 Newsgroups: From/Subject/Organization/Lines,
    quoted replies, signatures) and Gentoo news items (Title/Author/Posted headers, hard-wrapped body)."""
    import corpus_genuine as G
    out = []
    posts = G.usenet_posts()
    fresh = [p for p in posts if not p['subject'].lower().startswith('re:')]
    replies = [p for p in posts if p['subject'].lower().startswith('re:')]
    chosen = rng.sample(fresh, min(16, len(fresh))) + rng.sample(replies, min(10, len(replies)))
    chosen.sort(key=lambda p: p['path'])
    for i, p in enumerate(chosen):
        f = f'{i:03d}-{p["group"]}-{os.path.basename(p["path"])}.txt'
        art = dict(headline=p['subject'], paragraphs=p['paragraphs'], authors=[{'name': p['name']}], date=None,
                   publisher='Usenet (20 Newsgroups)', lang='en', sid='20news:' + p['path'], url=None)
        out.append((f, p['raw'].replace('\r\n', '\n'), [truth(f, art, date=False, junk=[j for j in p['junk'] if not_inside(j, p['paragraphs'])])]))
    for k, g in enumerate(G.gentoo_items()):
        f = f'{len(chosen) + k:03d}-gentoo-{os.path.basename(g["path"])}'
        art = dict(headline=g['title'], paragraphs=g['paragraphs'], authors=[{'name': g['name']}], date=g['date'],
                   publisher='Gentoo', lang=g['lang'], sid='gentoo:' + g['path'], url=None)
        out.append((f, g['raw'], [truth(f, art, junk=g['junk'])]))
    return out


@shape('scraped-news-2016', 20)
def scraped_news(pick, rng, arts):
    """Genuine scraped articles of US outlets (2016), inline chrome as scraped (related lines, video and
    tweet embeds, captions), hand-annotated; the headline line is put on top as a copy would have it."""
    import corpus_genuine as G
    out = []
    for i, h in enumerate(G.horne_articles()):
        f = f'{i:03d}-{slugify(h["title"])}.txt'
        text = h['title'] + ('\n\n' if i % 2 else '\n') + h['text'].rstrip('\n') + '\n'
        art = dict(headline=h['title'], paragraphs=h['paragraphs'], authors=[], date=h['date'],
                   publisher='US outlets 2016 (Horne & Adali data)', lang='en', sid='horne:' + h['path'], url=None)
        t = truth(f, art, junk=[j for j in h['junk'] if not_inside(j, h['paragraphs'])], credits=h['credits'],
                  bylines=h['bylines'], dateline=h['dateline'], tolerance=h['tolerance'])
        t['date_in_text'] = h['in_text']
        out.append((f, text, [t]))
    return out


def _norm(x):
    # the scorer's normalisation (NFKC, quote folding, whitespace folding, lower case)
    import unicodedata
    x = unicodedata.normalize('NFKC', x or '')
    x = x.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', x).strip().lower()


def complete_junk(made):
    """Every line of a file that is neither inside a body paragraph nor a headline must not reach a body:
    byline, date and header lines join the chrome in `junk`. A junk line the scorer would find in some truth
    body of the shape (equal to a paragraph, inside it when over 30 characters, or its tail) is dropped, or a
    perfect extractor could not pass."""
    bodies = [_norm(p) for _, _, items in made for t in items for p in t['body']]
    def kept(j):
        return any(p == j or (len(j) > 30 and j in p) or p.endswith(' ' + j) for p in bodies)
    for f, text, items in made:
        if f.endswith('.eml'):
            continue
        own = [_norm(p) for t in items for p in t['body']]
        heads = {_norm(t['headline']) for t in items if t['headline']}
        extra = []
        for line in text.replace('\r\n', '\n').split('\n'):
            n = _norm(line)
            if len(n) < 2 or n in heads or any(n in p for p in own):
                continue
            extra.append(line.strip())
        for t in items:
            t['junk'] = sorted({j for j in t['junk'] + extra if not kept(_norm(j))} - set(t['credits']))


def main():
    arts = load_articles()
    pick = Picker(arts)
    import shutil
    only = sys.argv[sys.argv.index('--shape') + 1].split(',') if '--shape' in sys.argv else None
    if os.path.isdir(OUT) and not only:
        shutil.rmtree(OUT)
    summary = []
    for name, (fn, n) in SHAPES.items():
        rng = random.Random('newsarchive-corpus:' + name)
        files = []
        items = []
        made = fn(pick, rng, arts)   # every shape is made, so each takes the same articles whatever is written
        if only and name not in only:
            continue
        complete_junk(made)
        for f, text, its in made:
            write(name, f, text, its, files)
            items += its
        if only and os.path.isdir(os.path.join(OUT, name)):
            for old in os.listdir(os.path.join(OUT, name)):
                if old not in files and old != 'truth.json':
                    os.remove(os.path.join(OUT, name, old))
        with open(os.path.join(OUT, name, 'truth.json'), 'w', encoding='utf-8') as fh:
            json.dump(items, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        summary.append((name, len(files), len(items), len({t['publisher'] for t in items})))
    for s in summary:  # noqa
        print(f'{s[0]:24} files {s[1]:3}  articles {s[2]:3}  publishers {s[3]}')
    print('total articles', sum(s[2] for s in summary), 'publishers', len({a['publisher'] for a in arts if a['sid'] in pick.used}))


if __name__ == '__main__':
    main()
