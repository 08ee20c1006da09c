using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Recruitment;

/// <summary>Recruitment flow per campaign, profession and employer (see docs/indicators.md).</summary>
public sealed class RecruitmentFlowQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("recruitment-flow.sql", "postes_recrutement", "candidatures", "entretiens", "nominations");

    public IReadOnlyList<RecruitmentFlowRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source, IndicatorShape.Regional("le recrutement se lit par campagne"),
            (r, f) => new RecruitmentFlowRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ZoneNames.Of(f, r.GetString(3)),
                r.Long(4), r.Long(5), r.Long(6), r.Long(7), r.Long(8), r.Long(9), r.Long(10), r.Long(11)));
}

/// <summary>Recruitment delays, median and 90th percentile (see docs/indicators.md).</summary>
public sealed class RecruitmentDelayQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("recruitment-delays.sql", "postes_recrutement", "entretiens", "nominations");

    public IReadOnlyList<RecruitmentDelayRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source, IndicatorShape.Regional("les délais se lisent sur la période"),
            (r, f) => new RecruitmentDelayRow(r.GetString(0), r.GetString(1), r.GetString(2), ZoneNames.Of(f, r.GetString(2)), r.Long(3),
                r.Double(4), r.Double(5), r.Double(6), r.Double(7), r.Double(8), r.Double(9)));
}

/// <summary>Jury compliance (see docs/indicators.md).</summary>
public sealed class JuryComplianceQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("jury-compliance.sql", "entretiens", "postes_recrutement");

    public IReadOnlyList<JuryComplianceRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source, IndicatorShape.Regional("la conformité des jurys se lit sur la période"),
            (r, f) => new JuryComplianceRow(r.GetString(0), r.GetString(1), ZoneNames.Of(f, r.GetString(1)),
                r.Long(2), r.Long(3), r.Long(4), r.Long(5), r.Long(6), r.Long(7)));
}

/// <summary>Integration of recruits: tutor and path (see docs/indicators.md).</summary>
public sealed class IntegrationQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("integration.sql", "parcours_integration", "candidatures", "postes_recrutement");

    public IReadOnlyList<IntegrationRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source, IndicatorShape.Regional("l'intégration se lit sur la période"),
            (r, f) => new IntegrationRow(r.GetString(0), r.GetString(1), ZoneNames.Of(f, r.GetString(1)), r.Long(2),
                r.Long(3), r.Long(4), r.Long(5), r.Long(6), r.Long(7), r.Long(8), r.Long(9), r.Long(10)));
}
