"""The Gmail add-on (Google Workspace add-on, HTTP runtime): cards, events, token checks, flows.

Nothing here imports Flask: ``tactful.web.addon`` translates HTTP to these functions.
Google posts an event object (``events``); the request's ID token is verified first
(``tokens``); a flow (``flows``) reads the open message and the calendar with the
event's own tokens through the shared service layer and answers with a card built by
``cards`` inside a render action from ``responses``.
"""
