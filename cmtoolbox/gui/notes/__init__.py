"""The notebook ("Carnet"): notes, live preview, backlinks, history, trash, templates, KPI panel."""
