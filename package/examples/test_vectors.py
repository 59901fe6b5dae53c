"""pytest: check an API against the 401-or-403 test vectors.

Get the vectors from the site (/test-vectors.json) or from the package:
    npx 401-or-403 vectors > test-vectors.json
API_URL points at the API under test; TEST_VECTORS at the file.
"""
import json
import os
import re
import urllib.error
import urllib.request

import pytest

API = os.environ.get("API_URL", "http://localhost:3000")
with open(os.environ.get("TEST_VECTORS", "test-vectors.json"), encoding="utf-8") as f:
    VECTORS = {v["id"]: v for v in json.load(f)["vectors"]}

# The situations this endpoint can be in (test-vector ids), and the request headers that put it in each one.
PRIVATE = "checked-by=origin/client-blocked=no/route-exists=yes/requires-auth=yes"
CASES = {
    f"{PRIVATE}/credentials-sent=no/anonymous-caller=challenge": {},
    f"{PRIVATE}/credentials-sent=yes/credentials-parse=well-formed/credentials-valid=invalid": {
        "Authorization": "Bearer expired-token",
    },
}


def get(path, headers):
    """Status and header fields of one GET (urllib raises on 4xx and 5xx: the error is the response)."""
    request = urllib.request.Request(API + path, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


@pytest.mark.parametrize("vector_id", CASES)
def test_orders_answer_as_the_guide_says(vector_id):
    vector = VECTORS[vector_id]
    status, fields = get("/orders/42", CASES[vector_id])
    assert status == vector["status"], vector["citation"]["quote"]
    for field in vector["requiredHeaders"]:
        if field["requirement"] == "MUST" and "condition" not in field:
            assert fields.get(field["name"]) is not None, f'{field["name"]} (e.g. {field["example"]})'
    if "bearerError" in vector:
        challenge = fields.get("WWW-Authenticate") or ""
        error = re.search(r'error="([^"]+)"', challenge)
        expected = vector["bearerError"]
        if expected == "no challenge":
            assert not challenge.startswith("Bearer")
        else:
            assert challenge.startswith("Bearer")
            assert (error.group(1) if error else "none") == expected
