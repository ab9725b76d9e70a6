"""Logs in to Bitpoll, creates a poll and votes on it, as a browser would post the Faces forms (every field of the
form, the view state, the pressed button and PrimeFaces' nonce). Used by the NixOS VM test (tests/vm-tests.nix);
the Java integration tests do the same with org.bitpoll.it.support.WebClient.

Usage: python3 web_client.py BASE_URL USER PASSWORD SLUG
Exits non-zero with a message when a step fails; prints the poll page's address when the vote is shown.
"""

import http.cookiejar
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


class Form(HTMLParser):
    """The fields of one form (by id) with their current values, the form's action, and the page's CSP nonce."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.action = None
        self.fields = {}
        self.radios = {}
        self.nonce = None
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and "nonce" in a and self.nonce is None:
            self.nonce = a["nonce"]
        if tag == "form" and a.get("id") == self.form_id:
            self.inside, self.action = True, a.get("action")
        if not self.inside or "name" not in a and tag != "option":
            return
        kind = a.get("type", "text")
        if tag == "input" and kind not in ("submit", "button") and "disabled" not in a:
            if kind == "radio":
                self.radios.setdefault(a["name"], []).append(a.get("value", ""))
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields[a["name"]] = a.get("value", "on" if kind == "checkbox" else "")
        elif tag == "select":
            self.select = a["name"]
        elif tag == "option" and self.select and "selected" in a:
            self.fields[self.select] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = a["name"]
            self.fields[a["name"]] = ""

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


class Client:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(urllib.parse.urljoin(self.base, path)) as response:
            return response.geturl(), response.read().decode()

    def submit(self, page, form_id, values, button):
        url, html = page
        form = Form(form_id)
        form.feed(html)
        if form.action is None:
            sys.exit(f"no form {form_id} on {url}")
        fields = dict(form.fields, **values)
        fields[button] = button
        if form.nonce:
            fields["primefaces.nonce"] = form.nonce
        parts = urllib.parse.urlsplit(url)
        request = urllib.request.Request(urllib.parse.urljoin(url, form.action), urllib.parse.urlencode(fields).encode(),
                                         {"Origin": f"{parts.scheme}://{parts.netloc}"})
        try:
            with self.opener.open(request) as response:
                return response.geturl(), response.read().decode()
        except urllib.error.HTTPError as e:
            sys.exit(f"posting {form_id} of {url} answered {e.code}")


def main(base, user, password, slug):
    client = Client(base)
    client.submit(client.get("/login/"), "loginForm",
                  {"loginForm:username": user, "loginForm:password": password}, "loginForm:logIn")
    if 'id="userMenu"' not in client.get("/about/")[1]:
        sys.exit(f"{user} is not logged in")

    editor = client.submit(client.get("/"), "createForm",
                           {"createForm:type": "universal", "createForm:title": "Lunch", "createForm:slug": slug},
                           "createForm:create")
    if not editor[0].endswith(f"/poll/{slug}/edit/choices/universal/"):
        sys.exit(f"creating the poll ended on {editor[0]}")
    for option in ("Pizza", "Sushi"):
        editor = client.submit(editor, "choicesForm", {"choicesForm:newText": option}, "choicesForm:add")

    vote_page = client.get(f"/poll/{slug}/vote/")
    form = Form("voteForm")
    form.feed(vote_page[1])
    if len(form.radios) != 2:
        sys.exit(f"the vote form has {len(form.radios)} options, expected 2")
    answers = {name: values[0] for name, values in form.radios.items()}
    # a logged-in person votes under their own name, which the form brings
    voter = form.fields.get("voteForm:name") or "Voter from the VM test"
    answers["voteForm:name"] = voter
    client.submit(vote_page, "voteForm", answers, "voteForm:save")

    url, poll = client.get(f"/poll/{slug}/")
    if voter not in poll.split('id="pollGrid"', 1)[-1]:
        sys.exit(f"the vote of {voter} is not shown on {url}")
    print(url)


if __name__ == "__main__":
    main(*sys.argv[1:5])
