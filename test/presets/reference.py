#!/usr/bin/env python3
"""An independent reading of MODEL.md (version 2) for the presets' check files.

The check files (test/presets/<id>.check.json) quote figures computed here, not
by the engine: the spread of use is integrated with mpmath.quad at 30 digits
(E[1 - 2^(-a X)], X log-normal with mean 1) instead of the engine's 20-node
Gauss-Hermite rule, and every other formula is written out afresh from
MODEL.md §2-§5. The engine must agree within the tolerances the check files
give.

    python3 test/presets/reference.py scenarios/typical-spend.json [metric ...]
    python3 test/presets/reference.py scenarios/typical-spend.json --why [year ...]

prints each year's figures (totals, then teams) and the summary as JSON, or
the hand calculation of each team-year's multiplier, demand and engineers
required.

The 20-node Gauss-Hermite rule the engine uses (MODEL.md §2) is the model's
definition of the spread's expectation; against the exact integral it errs by
about 1e-7 to 1e-6 relative at sigma = 1 and 1.7e-4 at sigma = 1.75 (the high
end of the presets' spread range), which is why the check files' tolerances on
figures that involve the spread are 1e-4 or wider.
Only what the presets use is implemented: saturating curves, the three
policies, promotions, hire limits, shocks of each lever, severance, hiring and
other costs, the allowance's tax, and the no-AI baseline. It needs numpy-free
Python 3 with mpmath.
"""
import json
import math
import sys
from functools import lru_cache

import mpmath

mpmath.mp.dps = 30

DEFAULTS = {
    "currency": "USD", "startYear": 2026, "years": 5, "salaryGrowth": 0.035,
    "managers": {"spanOfControl": 8, "spanGrowth": 0, "salaryRatio": 1.25},
    "specialists": {"perMillionSpend": 0.5, "salaryRatio": 1.1},
    "tokens": {"budgetMode": "perEngineer", "budget": 2400, "budgetGrowth": 0, "budgetInUse": 0,
               "pricePerMillion": 1, "priceDecline": 0.3, "usageSpread": 1, "countAsPay": False, "benefitTaxRate": 0},
    "productivity": {"curve": "saturating", "maxMultiplier": 1.6, "halfGainTokens": 2000, "halfGainGrowth": 0.3,
                     "adoptionYears": 2, "assumedMaxMultiplier": None, "planLearning": 0, "reworkShare": 0.2},
    "demand": {"growth": 0.017, "elasticity": 0.5},
    "policy": {"headcount": "hold", "attrition": 0.1, "layoffs": False, "hireLimit": None,
               "severanceMonths": 2, "hiringCostRate": 0.15},
}
TEAM = {"name": "Engineering", "engineers": 40, "salary": 155000, "bonusRate": 0.03, "equityPerYear": 0,
        "onCostRate": 0.23, "otherCostPerHead": 0, "baseOutput": 1}


@lru_cache(maxsize=None)
def mean_gain(a, sigma):
    """E[1 - 2^(-a X)], ln X ~ N(-sigma^2/2, sigma^2): the saturating curve's mean gain at a = T / half."""
    if a <= 0:
        return 0.0
    if sigma == 0:
        return float(-mpmath.expm1(-mpmath.log(2) * a))
    s = mpmath.mpf(sigma)
    f = lambda z: -mpmath.expm1(-mpmath.log(2) * a * mpmath.exp(s * z - s * s / 2)) * mpmath.npdf(z)
    # |z| > 15 carries less than 1e-50 of the normal's mass: the integral is taken on [-15, 15].
    return float(mpmath.quad(f, mpmath.linspace(-15, 15, 13)))


def merged(scn, team):
    out = {}
    for block in ("tokens", "productivity", "demand", "policy"):
        out[block] = {**DEFAULTS[block], **scn.get(block, {}), **team.get(block, {})}
    out["team"] = {**TEAM, **team}
    out["salaryGrowth"] = team.get("salaryGrowth", scn.get("salaryGrowth", DEFAULTS["salaryGrowth"]))
    return out


def run(scn, no_ai=False):
    start = scn.get("startYear", DEFAULTS["startYear"])
    years = scn.get("years", DEFAULTS["years"])
    mg = {**DEFAULTS["managers"], **scn.get("managers", {})}
    sp = {**DEFAULTS["specialists"], **scn.get("specialists", {})}
    shocks = scn.get("shocks", [])
    teams = [merged(scn, t) for t in scn.get("teams", [{}])]
    if no_ai:
        for p in teams:
            p["tokens"]["budget"] = 0
            p["tokens"]["budgetInUse"] = 0
    names = [p["team"]["name"] for p in teams]

    def factor(lever, t):
        f = 1.0
        for s in shocks:
            if s["lever"] == lever and s["year"] <= start + t:
                f *= 1 - s["cut"]
        return f

    def series(p, t, shocked=True):
        tk, pr = p["tokens"], p["productivity"]
        S = factor("salary", t) if shocked else 1.0
        K = factor("tokens", t) if shocked else 1.0
        salary = p["team"]["salary"] * (1 + p["salaryGrowth"]) ** t * S
        price = tk["pricePerMillion"] * (1 - tk["priceDecline"]) ** t
        if tk["budgetMode"] == "perEngineer":
            budget = tk["budget"] * (1 + tk["budgetGrowth"]) ** t * K
            in_use = tk["budgetInUse"]
        else:
            budget = tk["budget"] * salary * K
            in_use = tk["budgetInUse"] * salary
        half = pr["halfGainTokens"] * (1 + pr["halfGainGrowth"]) ** t
        return salary, price, budget, in_use, half

    def F(T, M, half, sigma):
        return 1 + (M - 1) * mean_gain(T / half, sigma)

    def net(m, rework):
        return 1 + (m - 1) * (1 - rework) if m >= 1 else m

    def mult(T, Tin, M, t, p, half, trace=None):
        pr = p["productivity"]
        sigma = p["tokens"]["usageSpread"]
        adoption = min(1.0, (t + 1) / pr["adoptionYears"])
        fin = F(Tin, M, half, sigma)
        f = F(T, M, half, sigma)
        if trace is not None:
            trace.update(a=T / half, a_in=Tin / half, g=mean_gain(T / half, sigma), g_in=mean_gain(Tin / half, sigma),
                         F=f, F_in=fin, adoption=adoption, sigma=sigma, M=M, rework=pr["reworkShare"])
        return net(fin + (f - fin) * adoption, pr["reworkShare"])

    def span(t):
        return mg["spanOfControl"] * (1 + mg["spanGrowth"]) ** t

    def per_head(p, t, salary, budget):
        tm, tk = p["team"], p["tokens"]
        spec = sp["perMillionSpend"] * budget / 1e6
        heads = 1 + 1 / span(t) + spec
        sal = salary * (1 + mg["salaryRatio"] / span(t) + sp["salaryRatio"] * spec)
        bonus = tm["bonusRate"] * sal
        on = tm["onCostRate"] * (sal + bonus + (budget if tk["countAsPay"] else 0))
        return sal + bonus + heads * tm["equityPerYear"] + budget + on + heads * tm["otherCostPerHead"]

    n = len(teams)
    rows = [[None] * years for _ in range(n)]
    pop = [[0.0] * years for _ in range(n)]
    B = []
    for i, p in enumerate(teams):
        salary0, price0, budget0, _, _ = series(p, 0, shocked=False)
        B.append(p["team"]["engineers"] * per_head(p, 0, salary0, budget0))
    for t in range(years):
        outs = [0.0] * n
        if t >= 1:
            for i, p in enumerate(teams):
                promo = p["team"].get("promotion")
                outs[i] = promo["rate"] * pop[i][t - 1] if promo else 0.0
        for i, p in enumerate(teams):
            tm, tk, pr, dm, po = p["team"], p["tokens"], p["productivity"], p["demand"], p["policy"]
            salary, price, budget, in_use, half = series(p, t)
            T = budget / price
            Tin = min(in_use, budget) / price
            M = pr["maxMultiplier"]
            trace = {}
            m = mult(T, Tin, M, t, p, half, trace)
            A = pr["assumedMaxMultiplier"] if pr["assumedMaxMultiplier"] is not None else M
            assumed = M + (A - M) * (1 - pr["planLearning"]) ** t
            plan_m = mult(T, Tin, assumed, t, p, half)
            # banked: t = 0, before shocks, uncapped
            s0, p0, b0, u0, h0 = series(p, 0, shocked=False)
            banked = net(F(u0 / p0, M, h0, tk["usageSpread"]), pr["reworkShare"])
            ph = per_head(p, t, salary, budget)
            unit = ph / (tm["baseOutput"] * m)
            # reference: budget := inUse (unshocked), fully adopted banked gain at t
            _, _, _, in_use_ref, _ = series(p, t)
            ref_ph = per_head(p, t, salary, in_use_ref)
            banked_full = net(F(in_use_ref / price, M, half, tk["usageSpread"]), pr["reworkShare"])
            ref = ref_ph / (tm["baseOutput"] * banked_full)
            response = (unit / ref) ** (-dm["elasticity"]) if unit > 0 and math.isfinite(unit) and ref > 0 else 1.0
            demand = tm["engineers"] * tm["baseOutput"] * banked * (1 + dm["growth"]) ** t * response
            required = demand / (tm["baseOutput"] * m)
            planned = demand / (tm["baseOutput"] * plan_m)
            hires = lay = 0.0
            if t == 0:
                pt = float(tm["engineers"])
            else:
                prev = pop[i][t - 1]
                inflow = sum(outs[k] for k, q in enumerate(teams) if q["team"].get("promotion") and q["team"]["promotion"]["to"] == tm["name"])
                floor = prev * (1 - po["attrition"]) - outs[i] + inflow
                if po["headcount"] == "hold":
                    target = prev
                elif po["headcount"] == "matchDemand":
                    target = planned
                else:
                    target = B[i] / ph
                pt = target if po["layoffs"] else max(target, floor)
                hires = max(0.0, pt - floor)
                if po["hireLimit"] is not None:
                    hires = min(hires, po["hireLimit"] * prev)
                    if pt > floor:
                        pt = floor + hires
                lay = max(0.0, floor - pt)
            for s in shocks:
                if s["lever"] == "headcount" and (s["year"] == start + t or (t == 0 and s["year"] < start)):
                    lay += s["cut"] * pt
                    pt *= 1 - s["cut"]
            pop[i][t] = pt
            eng = pt
            managers = eng / span(t)
            token_cost = eng * budget
            specialists = sp["perMillionSpend"] * token_cost / 1e6
            heads = eng + managers + specialists
            sal_cost = salary * (eng + managers * mg["salaryRatio"] + specialists * sp["salaryRatio"])
            bonus = tm["bonusRate"] * sal_cost
            cash = salary * (1 + tm["bonusRate"])
            on = tm["onCostRate"] * (sal_cost + bonus + (token_cost if tk["countAsPay"] else 0))
            other = heads * tm["otherCostPerHead"]
            severance = lay * cash * po["severanceMonths"] / 12
            hiring = hires * salary * po["hiringCostRate"]
            total = sal_cost + bonus + heads * tm["equityPerYear"] + token_cost + on + other + severance + hiring
            output = eng * tm["baseOutput"] * m
            rows[i][t] = dict(
                year=start + t, engineers=eng, managers=managers, specialists=specialists, heads=heads,
                required=required, planned=planned, rolesAtRisk=max(0.0, eng - required), hires=hires, layoffs=lay,
                promotionsOut=outs[i], output=output, demand=demand, demandResponse=response,
                shortfall=max(0.0, demand - output), multiplier=m, totalCost=total, salaryCost=sal_cost,
                onCost=on, tokenCost=token_cost, severanceCost=severance, hiringCost=hiring, otherCost=other,
                cashPay=cash, advertisedPay=cash + tm["equityPerYear"] + (budget if tk["countAsPay"] else 0),
                tokenShare=budget / (cash + tm["equityPerYear"] + budget) if budget > 0 else 0.0,
                tokenTax=tk["benefitTaxRate"] * budget if tk["countAsPay"] else 0.0,
                budgetPerEngineer=budget, salary=salary, base=eng * tm["baseOutput"],
                overBudget=max(0.0, total - B[i]) if po["headcount"] == "holdBudget" else 0.0,
                respOne=demand / response if response else demand,
                trace=dict(trace, T=T, Tin=Tin, half=half, price=price, banked=banked, unit=unit, ref=ref,
                           ratio=unit / ref, growth=(1 + dm["growth"]) ** t, e0=tm["engineers"], perHead=ph),
            )
    # jobsChange from heads at t = 0 with no shock of any lever
    unshocked = run({**scn, "shocks": []}, no_ai)["teams"] if shocks else None
    for i in range(n):
        h0 = (unshocked[i][0]["heads"] if unshocked else rows[i][0]["heads"])
        for r in rows[i]:
            r["jobsChange"] = r["heads"] - h0
    totals = []
    for t in range(years):
        rs = [rows[i][t] for i in range(n)]
        tot = {k: sum(r[k] for r in rs) for k in ("engineers", "managers", "specialists", "heads", "required", "planned", "rolesAtRisk",
                                                  "hires", "layoffs", "promotionsOut", "output", "demand", "shortfall", "totalCost",
                                                  "salaryCost", "onCost", "tokenCost", "severanceCost", "hiringCost", "otherCost", "jobsChange", "base",
                                                  "overBudget")}
        tot["year"] = rs[0]["year"]
        eng = tot["engineers"]
        tot["multiplier"] = tot["output"] / tot["base"]
        tot["intensity"] = tot["demand"] / tot["base"]
        tot["expectationGap"] = tot["demand"] / tot["output"] - 1
        tot["demandResponse"] = tot["demand"] / sum(r["respOne"] for r in rs)
        for k in ("cashPay", "advertisedPay", "tokenShare", "tokenTax", "budgetPerEngineer"):
            tot[k] = sum(r[k] * r["engineers"] for r in rs) / eng
        tot["cashAfterTokenTax"] = tot["cashPay"] - tot["tokenTax"]
        tot["costPerOutput"] = tot["totalCost"] / tot["output"]
        tot["costPerDemandMet"] = tot["totalCost"] / sum(min(r["output"], r["demand"]) for r in rs)
        totals.append(tot)
    return {"totals": totals, "teams": rows, "names": names}


def summary(scn):
    res = run(scn)
    base = run(scn, no_ai=True)
    tot, btot = res["totals"], base["totals"]
    cum = sum(r["totalCost"] for r in tot)
    bcum = sum(r["totalCost"] for r in btot)
    out = {
        "cumulativeCost": cum, "noAICumulativeCost": bcum, "costVsNoAI": cum - bcum,
        "cumulativeHires": sum(r["hires"] for r in tot), "cumulativeLayoffs": sum(r["layoffs"] for r in tot),
        "costPerOutputVsNoAI": tot[-1]["costPerOutput"] / btot[-1]["costPerOutput"] - 1,
        "costPerDemandMetVsNoAI": tot[-1]["costPerDemandMet"] / btot[-1]["costPerDemandMet"] - 1,
    }
    if scn.get("shocks"):
        out["costSaved"] = sum(r["totalCost"] for r in run({**scn, "shocks": []})["totals"]) - cum
    return res, out


def why(row):
    """The hand calculation of one team-year's multiplier, demand and engineers required, in words."""
    x = row["trace"]
    f = lambda v, d=6: f"{v:,.{d}f}"
    parts = [
        f"T = {f(x['T'], 1)} Mtok, half = {f(x['half'], 1)}: a = {f(x['a'], 4)}; mean gain E[1 − 2^(−aX)] at σ = {x['sigma']} = {f(x['g'])} (mpmath.quad, 30 digits); "
        f"F = 1 + {f(x['M'] - 1, 4)} × {f(x['g'])} = {f(x['F'])}",
    ]
    if x["a_in"] > 0:
        parts.append(f"in use a = {f(x['a_in'], 4)}: gain {f(x['g_in'])}, F_in = {f(x['F_in'])}")
    parts.append(f"adoption {f(x['adoption'], 4)}, rework {x['rework']}: multiplier = {f(row['multiplier'])}")
    parts.append(f"demand = {f(x['e0'], 0)} × banked {f(x['banked'])} × growth {f(x['growth'])} × response {f(row['demandResponse'])} "
                 f"(unit cost / reference = {f(x['ratio'])}) = {f(row['demand'], 4)}; required = demand / multiplier = {f(row['required'], 4)}")
    return "; ".join(parts)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--why":
        res, _ = summary(json.load(open(sys.argv[1])))
        for name, rows in zip(res["names"], res["teams"]):
            for r in rows:
                if len(sys.argv) < 4 or str(r["year"]) in sys.argv[3:]:
                    print(name, r["year"], why(r))
        sys.exit(0)
    path, *metrics = sys.argv[1:]
    with open(path) as f:
        scn = json.load(f)
    res, summ = summary(scn)
    keep = lambda r: {k: v for k, v in r.items() if not metrics or k in metrics or k == "year"}
    drop = lambda r: {k: v for k, v in keep(r).items() if k != "trace"}
    print(json.dumps({"totals": [keep(r) for r in res["totals"]],
                      "teams": {name: [drop(r) for r in rows] for name, rows in zip(res["names"], res["teams"])},
                      "summary": summ}, indent=1))
