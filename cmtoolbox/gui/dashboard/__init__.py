"""The dashboard (Tableau de bord): what needs attention today and this week."""
