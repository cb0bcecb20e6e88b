"""How the peers' loaders (load_falkordb.py, load_kuzu.py) spell a value for the tests:
"int:1", "float:2.5", "bool:True", "str:…", "date:2023-06-21", "localdatetime:…",
"localtime:…", "duration:MONTHS:DAYS:SECONDS:NANOSECONDS", or a list of such values, so a
test compares what a server holds with the registry's own values exactly.
"""
import datetime


def tagged(v):
    if isinstance(v, bool):
        return "bool:" + str(v)
    if isinstance(v, int):
        return "int:" + str(v)
    if isinstance(v, float):
        return "float:" + repr(v)
    if isinstance(v, str):
        return "str:" + v
    if isinstance(v, list):
        return [tagged(x) for x in v]
    if isinstance(v, datetime.datetime):
        return "localdatetime:" + v.replace(tzinfo=None).isoformat()
    if isinstance(v, datetime.date):
        return "date:" + v.isoformat()
    if isinstance(v, datetime.time):
        return "localtime:" + v.isoformat()
    if type(v).__name__ == "relativedelta":
        months = v.years * 12 + v.months
        seconds = v.hours * 3600 + v.minutes * 60 + v.seconds
        return f"duration:{months}:{v.days}:{seconds}:{v.microseconds * 1000}"
    return type(v).__name__ + ":" + str(v)
